#!/usr/bin/env python3
"""Golden end-to-end cases: tests/cases/NAME/{input.html,expected.json[,args]}.

usage: cases.py ARTICLED CASES_DIR [NAME...]

Runs `ARTICLED parse [args] input.html` for each case (args: extra CLI
arguments, shell-quoted, in the optional file `args`) and compares the
output with expected.json, which holds a SUBSET of the article JSON: every
key given must match exactly (paragraphs as a list of {text, type}).
Prints "ok   case NAME" or "FAIL case NAME  -- details" per case and ends
with "cases-counts: PASSED FAILED".
"""
import json, os, shlex, subprocess, sys

def short(v, n=300):
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= n else s[:n] + "..."

def run_case(articled, d):
    exp = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
    args = []
    if os.path.exists(os.path.join(d, "args")):
        args = shlex.split(open(os.path.join(d, "args"), encoding="utf-8").read())
    cmd = [articled, "parse"] + args + [os.path.join(d, "input.html")]
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return ["timed out after 60 s"]
    if p.returncode != 0:
        return ["exit %d: %s" % (p.returncode, p.stderr.decode("utf-8", "replace").strip())]
    try:
        out = json.loads(p.stdout)
    except ValueError as e:
        return ["output is not JSON: %s" % e]
    problems = []
    for key, want in exp.items():
        if key not in out:
            problems.append("%s: missing" % key)
        elif out[key] != want:
            got = out[key]
            if key == "paragraphs" and isinstance(got, list) and isinstance(want, list):
                for i in range(max(len(got), len(want))):
                    g = got[i] if i < len(got) else None
                    w = want[i] if i < len(want) else None
                    if g != w:
                        problems.append("paragraphs[%d]: got %s, want %s" % (i, short(g), short(w)))
                        break
                if len(got) != len(want):
                    problems.append("paragraphs: got %d, want %d" % (len(got), len(want)))
            else:
                problems.append("%s: got %s, want %s" % (key, short(got), short(want)))
    return problems

def main():
    articled, root = sys.argv[1], sys.argv[2]
    names = sys.argv[3:] or sorted(n for n in os.listdir(root)
                                   if os.path.exists(os.path.join(root, n, "expected.json")))
    passed = failed = 0
    for name in names:
        problems = run_case(articled, os.path.join(root, name))
        if problems:
            failed += 1
            print("FAIL case %s  -- %s" % (name, "; ".join(problems)))
        else:
            passed += 1
            print("ok   case %s" % name)
    print("cases-counts: %d %d" % (passed, failed))
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
