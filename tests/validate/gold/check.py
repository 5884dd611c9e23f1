#!/usr/bin/env python3
"""tests/validate/gold/check.py - checks the gold set (see README.md here).

    python3 check.py            one PASS:/FAIL: line per check (as the shell suites)
    python3 check.py --stats    the counts, distributions and two-pass agreement
                                (the figures in README.md), then the checks

Exit status 0 if every check passed, 1 otherwise.  Standard library only.
"""
import csv
import json
import math
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True  # importing split.py leaves no __pycache__ here

HERE = os.path.dirname(os.path.abspath(__file__))
RATINGS_HEADER = ["id", "split", "tone_1", "tone_2", "hostility_1", "hostility_2", "text"]
SCALES = {"tone": (-4, 4), "hostility": (0, 4)}
LABELS = ("negative", "neutral", "positive")
MIN_SENTENCES = 400
MIN_TARGET_SENTENCES = 150
ID_RE = re.compile(r"^g[0-9]{3}$")

results = []  # (name, [reasons])


def check(name):
    """Decorator: runs the check now; it returns a list of reasons it failed."""
    def run(fn):
        try:
            why = fn()
        except Exception as e:  # a broken file must fail the check, not the script
            why = [f"{type(e).__name__}: {e}"]
        results.append((name, why))
        return fn
    return run


def read_text(name):
    with open(os.path.join(HERE, name), "rb") as f:
        data = f.read()
    why = []
    if data.startswith(b"\xef\xbb\xbf"):
        why.append(f"{name}: starts with a byte-order mark")
    if b"\r" in data:
        why.append(f"{name}: has a CR (line ends must be LF)")
    if data and not data.endswith(b"\n"):
        why.append(f"{name}: the last line does not end with LF")
    return data.decode("utf-8"), why  # raises on invalid UTF-8


def heldout(ident):
    return int(ident[1:]) % 4 == 0


def mean_str(a, b):
    return f"{(a + b) / 2:.1f}"


def kalpha(x, y):
    """Krippendorff's alpha, interval metric, two coders, no missing values."""
    v = x + y
    n = len(v)
    do = sum((a - b) ** 2 for a, b in zip(x, y)) * 2 / n
    de = sum((a - b) ** 2 for a in v for b in v) / (n * (n - 1))
    return 1 - do / de


def pearson(x, y):
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy)


# ---------------------------------------------------------------- ratings.csv
ratings = []  # rows as dicts, in file order
by_id = {}


@check("gold: ratings.csv is RFC 4180 CSV with the documented header")
def _():
    text, why = read_text("ratings.csv")
    rows = list(csv.reader(text.splitlines(True), strict=True))
    if not rows or rows[0] != RATINGS_HEADER:
        return why + [f"header is {rows[0] if rows else None}, not {RATINGS_HEADER}"]
    for n, r in enumerate(rows[1:], 2):
        if len(r) != len(RATINGS_HEADER):
            why.append(f"line {n}: {len(r)} fields")
            continue
        ratings.append(dict(zip(RATINGS_HEADER, r)))
    return why


@check("gold: ids are g001, g002, ... in order, unique, one per sentence")
def _():
    why = []
    for n, r in enumerate(ratings, 1):
        if not ID_RE.match(r["id"]):
            why.append(f"bad id {r['id']!r}")
        elif r["id"] != f"g{n:03d}":
            why.append(f"row {n} has id {r['id']}, expected g{n:03d}")
        if r["id"] in by_id:
            why.append(f"duplicate id {r['id']}")
        by_id[r["id"]] = r
    texts = Counter(r["text"] for r in ratings)
    why += [f"duplicate text: {t}" for t, c in texts.items() if c > 1]
    if len(ratings) < MIN_SENTENCES:
        why.append(f"{len(ratings)} sentences, fewer than {MIN_SENTENCES}")
    return why


@check("gold: texts are one clean line each (no tab, no line break, trimmed)")
def _():
    why = []
    for r in ratings:
        t = r["text"]
        if not t or t != t.strip() or "\t" in t or "\n" in t or "\r" in t:
            why.append(f"{r['id']}: text is empty, untrimmed or has a tab or line break")
        if "  " in t:
            why.append(f"{r['id']}: two spaces in a row")
    return why


@check("gold: ratings are integers in range (tone -4..4, hostility 0..4)")
def _():
    why = []
    for r in ratings:
        for scale, (lo, hi) in SCALES.items():
            for p in ("1", "2"):
                v = r[f"{scale}_{p}"]
                if not re.fullmatch(r"-?[0-9]", v) or not lo <= int(v) <= hi:
                    why.append(f"{r['id']}: {scale}_{p} = {v!r}")
    return why


@check("gold: the split is the documented rule (held out iff the id number is divisible by 4)")
def _():
    why = []
    for r in ratings:
        want = "heldout" if heldout(r["id"]) else "dev"
        if r["split"] != want:
            why.append(f"{r['id']}: split {r['split']!r}, the rule says {want}")
    n = len(ratings)
    h = sum(r["split"] == "heldout" for r in ratings)
    if n and not 0.24 <= h / n <= 0.26:
        why.append(f"{h} of {n} held out ({h / n:.1%}), not about 25%")
    return why


# ---------------------------------------------------------- tone/hostility.tsv
for scale in SCALES:
    @check(f"gold: {scale}.tsv has the header, every id, and the mean of the two passes")
    def _(scale=scale):
        text, why = read_text(f"{scale}.tsv")
        lines = text.split("\n")[:-1]
        if not lines or lines[0] != f"id\t{scale}\ttext":
            return why + [f"header is {lines[0] if lines else None!r}"]
        body = lines[1:]
        if len(body) != len(ratings):
            why.append(f"{len(body)} rows, ratings.csv has {len(ratings)}")
        for line, r in zip(body, ratings):
            f = line.split("\t")
            if len(f) != 3:
                why.append(f"{f[0]}: {len(f)} fields")
                continue
            ident, mean, t = f
            if ident != r["id"]:
                why.append(f"row {ident}: ratings.csv has {r['id']} in this place")
                continue
            want = mean_str(int(r[f"{scale}_1"]), int(r[f"{scale}_2"]))
            if mean != want:
                why.append(f"{ident}: {mean}, the mean of the passes is {want}")
            if t != r["text"]:
                why.append(f"{ident}: the text differs from ratings.csv")
        return why


# -------------------------------------------------------------- targets.jsonl
targets = []


@check("gold: targets.jsonl is one JSON object a line with id, text and targets")
def _():
    text, why = read_text("targets.jsonl")
    for n, line in enumerate(text.split("\n")[:-1], 1):
        try:
            o = json.loads(line)
        except ValueError as e:
            why.append(f"line {n}: not JSON ({e})")
            continue
        if not isinstance(o, dict) or set(o) != {"id", "text", "targets"}:
            why.append(f"line {n}: keys {sorted(o) if isinstance(o, dict) else type(o).__name__}")
            continue
        targets.append(o)
    return why


@check("gold: target sentences match ratings.csv (known id, same text, unique, in id order)")
def _():
    why = []
    seen = set()
    prev = ""
    for o in targets:
        i = o["id"]
        if i not in by_id:
            why.append(f"{i}: not in ratings.csv")
        elif o["text"] != by_id[i]["text"]:
            why.append(f"{i}: the text differs from ratings.csv")
        if i in seen:
            why.append(f"{i}: twice")
        if i <= prev:
            why.append(f"{i}: out of order")
        seen.add(i)
        prev = i
    if len(targets) < MIN_TARGET_SENTENCES:
        why.append(f"{len(targets)} target sentences, fewer than {MIN_TARGET_SENTENCES}")
    return why


@check("gold: every target's offsets give its mention (code points, end exclusive), labels valid")
def _():
    why = []
    for o in targets:
        t = o["text"]
        tg = o["targets"]
        if not isinstance(tg, list) or not tg:
            why.append(f"{o['id']}: no targets")
            continue
        spans = []
        for x in tg:
            if set(x) != {"mention", "from", "to", "label"}:
                why.append(f"{o['id']}: target keys {sorted(x)}")
                continue
            a, b, m = x["from"], x["to"], x["mention"]
            if not (isinstance(a, int) and isinstance(b, int)) or isinstance(a, bool) or isinstance(b, bool):
                why.append(f"{o['id']}: offsets of {m!r} are not integers")
                continue
            if not 0 <= a < b <= len(t):
                why.append(f"{o['id']}: [{a}, {b}) is outside the text")
            elif t[a:b] != m:
                why.append(f"{o['id']}: text[{a}:{b}] is {t[a:b]!r}, not {m!r}")
            elif (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                why.append(f"{o['id']}: {m!r} at {a} cuts a word")
            if x["label"] not in LABELS:
                why.append(f"{o['id']}: label {x['label']!r}")
            spans.append((a, b))
        spans.sort()
        if spans != sorted(set(spans)):
            why.append(f"{o['id']}: the same span twice")
        if any(s[1] > n[0] for s, n in zip(spans, spans[1:])):
            why.append(f"{o['id']}: overlapping mentions")
        if [(x.get("from"), x.get("to")) for x in tg] != spans:
            why.append(f"{o['id']}: targets not in text order")
    return why


# -------------------------------------------------------------- split files
@check("gold: the dev and held-out files are the split of the whole (split.py)")
def _():
    import split  # this folder's split.py: the one definition of the split files
    files = split.render()
    why = [f"{f} is missing or stale: run python3 split.py" for f in split.stale(files)]
    for fname, data in files.items():
        part = "heldout" if "-heldout." in fname else "dev"
        ext = ".tsv" if fname.endswith(".tsv") else ".jsonl"
        lines = data.decode("utf-8").split("\n")[:-1]
        ids = [split.line_id(ln, ext) for ln in (lines[1:] if ext == ".tsv" else lines)]
        want = [r["id"] for r in ratings if r["split"] == part]
        if ext == ".jsonl":
            want = [o["id"] for o in targets if by_id.get(o["id"], {}).get("split") == part]
        if ids != want:
            why.append(f"{fname}: its ids are not those of the {part} split in ratings.csv")
    return why


# ---------------------------------------------------------------------- stats
def stats():
    n = len(ratings)
    h = sum(heldout(r["id"]) for r in ratings)
    print(f"sentences: {n} (dev {n - h}, heldout {h})")
    for scale, (lo, hi) in SCALES.items():
        p1 = [int(r[f"{scale}_1"]) for r in ratings]
        p2 = [int(r[f"{scale}_2"]) for r in ratings]
        exact = sum(a == b for a, b in zip(p1, p2))
        within = sum(abs(a - b) <= 1 for a, b in zip(p1, p2))
        print(f"{scale}: exact agreement {exact}/{n} = {exact / n:.1%}, "
              f"within 1: {within}/{n} = {within / n:.1%}, Pearson r = {pearson(p1, p2):.3f}, Krippendorff alpha (interval) = {kalpha(p1, p2):.3f}")
        means = Counter(mean_str(a, b) for a, b in zip(p1, p2))
        print(f"  gold mean: " + ", ".join(f"{k}: {means[k]}" for k in sorted(means, key=float)))
        for name, ids in (("dev", False), ("heldout", True)):
            sel = [(a + b) / 2 for r, a, b in zip(ratings, p1, p2) if heldout(r["id"]) == ids]
            binned = Counter(round(v + 1e-9) if v >= 0 else -round(-v + 1e-9) for v in sel)
            print(f"  {name} (mean rounded half away from 0): "
                  + ", ".join(f"{k}: {binned[k]}" for k in range(lo, hi + 1)))
    tone = [(int(r["tone_1"]) + int(r["tone_2"])) / 2 for r in ratings]
    print(f"tone: negative (< 0) {sum(v < 0 for v in tone)}, "
          f"neutral (0) {sum(v == 0 for v in tone)}, positive (> 0) {sum(v > 0 for v in tone)}")
    labels = Counter(x["label"] for o in targets for x in o["targets"])
    th = sum(heldout(o["id"]) for o in targets)
    print(f"targets: {sum(labels.values())} in {len(targets)} sentences "
          f"(dev {len(targets) - th}, heldout {th}); "
          + ", ".join(f"{k} {labels[k]}" for k in LABELS))


if __name__ == "__main__":
    if "--stats" in sys.argv[1:]:
        stats()
    failed = 0
    for name, why in results:
        if why:
            failed += 1
            print(f"FAIL: {name}")
            for w in why[:20]:
                print(f"    {w}")
            if len(why) > 20:
                print(f"    ... and {len(why) - 20} more")
        else:
            print(f"PASS: {name}")
    sys.exit(1 if failed else 0)
