"""The scorer of the trade-figure sentence sets written in the third set's format
(tests/figures-score/third, fourth, fifth): each set's run.py calls main() with its own
directory and the published date of its pages. Each sentence is parsed alone, as the
second paragraph of a small page, and its records are matched greedily against the
expected ones (cases.py: POS with R(...) records, NEG near misses, DC for don't care).
Prints the counts, a per-slot error tally and a last line `N passed, M failed`; -v lists
every failure. results.json goes to a temporary directory."""
import calendar, importlib.util, json, os, subprocess, sys, tempfile, html
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

PAGE_TEMPLATE = ('<html><head><meta property="article:published_time" content="PUBLISHEDT08:00:00Z">'
                 '<title>Markets</title></head><body><article><h1>Markets</h1>'
                 '<p>An unrelated opening paragraph about the weather.</p><p>%s</p></article></body></html>')
PAGE = BIN = None
POS = NEG = None

# The helpers of cases.py. Slot keys: f flow, r reporter, p partner, c commodity,
# v value.amount, cur value.currency, vq value.qualifier, vh value.high, vol volume.amount,
# u volume.unit, volq volume.qualifier, volh volume.high, d change.direction,
# pct change.percent, cq change.qualifier, b change.basis ('yoy'/'mom' classes),
# by change.by.amount, byc change.by.currency, rate, bal balance, ps/pe period
# start/end, src source. A missing key is expected null, DC is don't care, a list is
# any of its values; opt=True makes a record optional (checked only when matched).
DC = "*"


def R(**kw):
    return kw


def M(y, m):
    """The dates of month m of year y."""
    return dict(ps="%04d-%02d-01" % (y, m), pe="%04d-%02d-%02d" % (y, m, calendar.monthrange(y, m)[1]))


def Y(y):
    return dict(ps="%d-01-01" % y, pe="%d-12-31" % y)


def PR(s, e):
    return dict(ps=s, pe=e)

SLOTS = ["f", "r", "p", "c", "v", "cur", "vq", "vh", "vol", "u", "volq", "volh", "d", "pct", "cq", "b",
         "by", "byc", "rate", "bal", "ps", "pe", "src"]
NAMES = dict(f="flow", r="reporter", p="partner", c="commodity", v="value.amount", cur="value.currency",
             vq="value.qualifier", vh="value.high", vol="volume.amount", u="volume.unit", volq="volume.qualifier",
             volh="volume.high", d="change.direction", pct="change.percent", cq="change.qualifier",
             b="change.basis", by="change.by.amount", byc="change.by.currency", rate="rate", bal="balance",
             ps="period.start", pe="period.end", src="source")

def flat(rec):
    g = lambda o, k: (o or {}).get(k)
    v, vol, ch, per = rec.get("value"), rec.get("volume"), rec.get("change"), rec.get("period")
    by = g(ch, "by")
    return dict(f=rec.get("flow"), r=rec.get("reporter"), p=rec.get("partner"), c=rec.get("commodity"),
                v=g(v, "amount"), cur=g(v, "currency"), vq=g(v, "qualifier"), vh=g(v, "high"),
                vol=g(vol, "amount"), u=g(vol, "unit"), volq=g(vol, "qualifier"), volh=g(vol, "high"),
                d=g(ch, "direction"), pct=g(ch, "percent"), cq=g(ch, "qualifier"), b=g(ch, "basis"),
                by=g(by, "amount"), byc=g(by, "currency") or g(by, "unit"), rate=rec.get("rate"),
                bal=rec.get("balance"), ps=g(per, "start"), pe=g(per, "end"), src=rec.get("source"))

def one_ok(slot, want, got):
    if want is None:
        return got is None or got == ""
    if got is None:
        return False
    if slot in ("v", "vh", "vol", "volh", "pct", "by", "rate"):
        try:
            return abs(float(got) - want) <= 1e-6 * max(abs(want), 1e-9)
        except (TypeError, ValueError):
            return False
    g, w = str(got).lower().strip(), str(want).lower().strip()
    if slot in ("r", "p"):            # economies: the full name must be contained in what we got
        return w in g
    if slot in ("c", "src", "u", "vq", "volq", "cq"):   # containment either way
        return w in g or (len(g) >= 3 and g in w)
    if slot == "b":
        if w == "yoy":
            return any(k in g for k in ("year", "annual", "y/y", "yoy"))
        if w == "mom":
            return any(k in g for k in ("month", "m/m", "mom"))
        return w in g or g in w
    return g == w

def slot_ok(slot, want, got):
    if want == DC:
        return True
    if isinstance(want, list):
        return any(one_ok(slot, w, got) for w in want)
    return one_ok(slot, want, got)

def diff(exp, got):
    return [s for s in SLOTS if not slot_ok(s, exp.get(s), got.get(s))]

def parse(sentence):
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(PAGE % html.escape(sentence, quote=False))
        path = fh.name
    try:
        out = subprocess.run([BIN, "parse", path], capture_output=True, text=True, timeout=60)
        try:
            return [flat(r) for r in json.loads(out.stdout).get("trade_figures", [])], None
        except Exception as e:
            return [], "bad output rc=%d %s" % (out.returncode, out.stderr[:200])
    finally:
        os.unlink(path)

def match(exps, gots):
    """Greedy assignment, best (fewest wrong slots, flow equal) first."""
    pairs = []
    for i, e in enumerate(exps):
        for j, g in enumerate(gots):
            dd = diff(e, g)
            pairs.append((("f" in dd) * 100 + len(dd) + (0.5 if e.get("opt") else 0), i, j, dd))
    pairs.sort(key=lambda x: x[0])
    ui, uj, res = set(), set(), []
    for sc, i, j, dd in pairs:
        if i in ui or j in uj or sc >= 100:
            continue
        ui.add(i); uj.add(j); res.append((i, j, dd))
    return res, [i for i in range(len(exps)) if i not in ui], [j for j in range(len(gots)) if j not in uj]

def main(set_dir, published):
    """Scores the cases.py of set_dir, every sentence on a page published on
    `published` (YYYY-MM-DD), with the binary named on the command line."""
    global BIN, PAGE, POS, NEG
    spec = importlib.util.spec_from_file_location("cases", os.path.join(set_dir, "cases.py"))
    cases = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cases)
    POS, NEG = cases.POS, cases.NEG
    PAGE = PAGE_TEMPLATE.replace("PUBLISHED", published)
    BIN = next((a for a in sys.argv[1:] if not a.startswith("-")), "build/articled")
    verbose = "-v" in sys.argv
    sents = [s for s, _ in POS] + NEG
    with ThreadPoolExecutor(8) as ex:
        outs = list(ex.map(parse, sents))
    results, tally = [], Counter()
    cnt = Counter()
    for k, (s, exps) in enumerate(POS):
        gots, err = outs[k]
        m, miss, extra = match(exps, gots)
        errs = []
        for i, j, dd in m:
            for sl in dd:
                errs.append({"rec": i, "slot": NAMES[sl], "want": exps[i].get(sl), "got": gots[j].get(sl)})
        for i in miss:
            if not exps[i].get("opt"):
                errs.append({"rec": i, "slot": "MISSING RECORD", "want": exps[i], "got": None})
        for j in extra:
            errs.append({"rec": None, "slot": "EXTRA RECORD", "want": None, "got": gots[j]})
        status = "ok" if not errs else ("missed" if not gots else "wrong")
        cnt[status] += 1
        for e in errs:
            tally[e["slot"]] += 1
        results.append({"id": "P%02d" % (k + 1), "sentence": s, "status": status, "errors": errs, "got": gots})
    for k, s in enumerate(NEG):
        gots, err = outs[len(POS) + k]
        status = "ok" if not gots else "false"
        cnt["neg_" + status] += 1
        if gots:
            tally["FALSE FIGURE (near miss)"] += len(gots)
        results.append({"id": "N%02d" % (k + 1), "sentence": s, "status": status, "errors": [], "got": gots})
    with open(os.path.join(tempfile.mkdtemp(prefix="figures-%s-" % os.path.basename(set_dir)),
                           "results.json"), "w") as fh:
        json.dump(results, fh, indent=1, ensure_ascii=False, default=str)
    if verbose:
        for r in results:
            if r["status"] != "ok":
                print("%s [%s] %s" % (r["id"], r["status"], r["sentence"]))
                for e in r["errors"]:
                    print("    %-18s want=%s got=%s" % (e["slot"], e["want"], e["got"]))
                if r["status"] == "false":
                    for g in r["got"]:
                        print("    got", {k: v for k, v in g.items() if v is not None})
    print("positives: %d all slots right, %d some slot wrong, %d missed (of %d)" %
          (cnt["ok"], cnt["wrong"], cnt["missed"], len(POS)))
    print("near misses: %d clean, %d with a false figure (of %d)" % (cnt["neg_ok"], cnt["neg_false"], len(NEG)))
    print("per-slot errors:")
    for sl, n in tally.most_common():
        print("  %-26s %d" % (sl, n))
    passed = cnt["ok"] + cnt["neg_ok"]
    print("%d passed, %d failed" % (passed, len(POS) + len(NEG) - passed))
