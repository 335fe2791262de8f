#!/usr/bin/env python3
"""Scores articled's trade figures on hand-written news sentences (cases.py).

Usage: tests/figures-score/run.py [BINARY] [OUTDIR]
Writes one HTML page per sentence (published 2025-11-14), runs `BINARY parse`, and
compares each trade_figures record slot by slot with what an analyst would record.
OUTDIR (default: a temporary directory) gets pages/, out/ID.json, results.tsv and
report.txt (every problem, with the records got). Prints the counts by status and
a last line `N passed, M failed` (passed: every expected figure found with every
slot right, or for a near-miss sentence no figure at all). It is a score to track,
not a gate: `make test` does not run it. Matching: reporter/partner/commodity/source
by case-insensitive containment (US/U.S./UK/EU aliased), balance amounts by absolute
value, "*" not scored, opt=True a forecast whose absence is tolerated."""
import html, json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES
BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else 'build/articled')
# An option ("-v") is no output directory: the sets' wrappers take one, this scorer none.
OUT = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith('-') else tempfile.mkdtemp(prefix='figures-score-')
os.makedirs(OUT, exist_ok=True)
os.chdir(OUT)
os.makedirs('pages', exist_ok=True); os.makedirs('out', exist_ok=True)
PAGE = ('<html><head><meta property="article:published_time" content="2025-11-14T10:00:00Z">'
        '<title>Markets</title></head><body><article><h1>Markets wrap</h1>'
        '<p>This is an unrelated opening paragraph about the weather in the capital on Friday.</p>'
        '<p>{}</p></article></body></html>')
SLOTS = ['rep', 'par', 'com', 'val', 'vol', 'dir', 'pct', 'q', 'basis', 'by', 'rate', 'ps', 'pe', 'src']
ALIASES = {'us': 'united states', 'u.s.': 'united states', 'uk': 'united kingdom', 'eu': 'european union',
           'uae': 'united arab emirates'}
def norm(s):
    s = (s or '').lower().strip()
    if s.startswith('the '): s = s[4:]
    return ALIASES.get(s, s)
def got_slots(r):
    ch = r.get('change') or {}
    v = r.get('value'); vo = r.get('volume'); p = r.get('period') or {}; by = ch.get('by')
    return {'flow': r['flow'], 'rep': r.get('reporter'), 'par': r.get('partner'), 'com': r.get('commodity'),
            'val': (abs(v['amount']), v['currency']) if v else None,
            'vol': (vo['amount'], vo['unit']) if vo else None,
            'dir': ch.get('direction'), 'pct': ch.get('percent'), 'q': ch.get('qualifier'),
            'basis': ch.get('basis'), 'by': abs(by['amount']) if by else None, 'rate': r.get('rate'),
            'ps': p.get('start'), 'pe': p.get('end'), 'src': r.get('source'), 'ptext': p.get('text')}
def close(a, b): return a is not None and b is not None and abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1)
def slot_ok(k, e, g):
    if e == '*': return True
    if e is None: return g is None
    if g is None: return False
    if k in ('val',): return close(e[0], g[0]) and e[1] == g[1]
    if k == 'vol': return close(e[0], g[0]) and (e[1] == '*' or e[1] == g[1])
    if k in ('pct', 'by', 'rate'): return close(e, g)
    if k in ('rep', 'par', 'com', 'src'):
        a, b = norm(e), norm(g)
        return a == b or a in b or b in a
    return norm(e) == norm(g)
def score(e, g):
    if e['flow'] != g['flow']: return -1
    return sum(slot_ok(k, e.get(k), g.get(k)) for k in SLOTS)
rows = []; tally = {'all_right': 0, 'slot_wrong': 0, 'missed': 0, 'false_pos': 0, 'nm_clean': 0}
rep = []
for cid, sent, exp in CASES:
    with open(f'pages/{cid}.html', 'w') as f: f.write(PAGE.format(html.escape(sent, quote=False)))
    out = subprocess.run([BIN, 'parse', f'pages/{cid}.html'], capture_output=True, text=True)
    with open(f'out/{cid}.json', 'w') as f: f.write(out.stdout)
    figs = [got_slots(r) for r in json.loads(out.stdout)['trade_figures']]
    unused = list(range(len(figs))); problems = []; missed = 0
    for e in exp:
        best = max(unused, key=lambda i: score(e, figs[i]), default=None)
        if best is None or score(e, figs[best]) < 0:
            if not e.get('opt'): problems.append(f"MISSED {e['flow']}"); missed += 1
            continue
        unused.remove(best); g = figs[best]
        for k in SLOTS:
            if not slot_ok(k, e.get(k), g.get(k)):
                problems.append(f"{k}: want {e.get(k)!r} got {g.get(k)!r}")
    for i in unused:
        g = figs[i]
        problems.append('FALSE ' + json.dumps({k: v for k, v in g.items() if v is not None}))
    nfalse = len(unused)
    if not exp:
        status = 'nm_ok' if not nfalse else 'false_pos'
    elif missed == len([e for e in exp if not e.get('opt')]) and missed: status = 'missed'
    elif missed: status = 'partly_missed'
    elif problems: status = 'slot_wrong'
    else: status = 'all_right'
    rows.append((cid, status, len(exp), len(figs), ' | '.join(problems), sent))
    rep.append(f"## {cid} [{status}] {sent}\n" + ''.join(f"   - {p}\n" for p in problems)
               + ''.join(f"   got: {json.dumps({k: v for k, v in g.items() if v is not None})}\n" for g in figs))
with open('results.tsv', 'w') as f:
    f.write('id\tstatus\texpected\tgot\tproblems\tsentence\n')
    for r in rows: f.write('\t'.join(map(str, r)) + '\n')
with open('report.txt', 'w') as f: f.write('\n'.join(rep))
from collections import Counter
for k, v in sorted(Counter(r[1] for r in rows).items()):
    print(f'{k:14} {v}')
print(f'details: {OUT}/report.txt')
ok = sum(r[1] in ('all_right', 'nm_ok') for r in rows)
print(f'{ok} passed, {len(rows) - ok} failed')
