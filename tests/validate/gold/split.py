#!/usr/bin/env python3
"""tests/validate/gold/split.py - writes the dev and held-out parts of the gold set.

    python3 split.py            (re)writes the six files below, in this folder
    python3 split.py --check    writes nothing; exit 1 if a file is missing or stale

tenor validate reads one gold file, so each part of the split is a file of its
own, in the format of the whole it comes from, for `tenor validate`:

    tone-dev.tsv       tone-heldout.tsv        from tone.tsv (header kept)
    hostility-dev.tsv  hostility-heldout.tsv   from hostility.tsv (header kept)
    targets-dev.jsonl  targets-heldout.jsonl   from targets.jsonl

Lines are copied byte for byte; a sentence goes to the held-out part when its id
number is divisible by 4 (README.md, "Held-out rule"), to dev otherwise.  The
files are committed so that `tenor validate` runs without python3; check.py
(run by `make test`) fails when they are not what this script would write.
Standard library only.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = (("tone", ".tsv"), ("hostility", ".tsv"), ("targets", ".jsonl"))
PARTS = ("dev", "heldout")


def is_heldout(ident):
    return int(ident[1:]) % 4 == 0


def line_id(line, ext):
    """The id of a line: the first TSV field, or the JSON object's "id"."""
    if ext == ".tsv":
        return line.split("\t", 1)[0]
    m = re.match(r'\{"id": "(g[0-9]{3})"', line)
    if not m:
        raise ValueError(f"no id at the start of {line[:40]!r}")
    return m.group(1)


def render():
    """Maps each part's file name to its bytes, from the whole files."""
    out = {}
    for name, ext in SOURCES:
        with open(os.path.join(HERE, name + ext), "rb") as f:
            lines = f.read().decode("utf-8").split("\n")[:-1]
        header = [lines.pop(0)] if ext == ".tsv" else []
        parts = {p: list(header) for p in PARTS}
        for line in lines:
            p = "heldout" if is_heldout(line_id(line, ext)) else "dev"
            parts[p].append(line)
        for p in PARTS:
            out[f"{name}-{p}{ext}"] = ("\n".join(parts[p]) + "\n").encode("utf-8")
    return out


def stale(files):
    """The names of the files that are missing or differ from `files`."""
    bad = []
    for fname, data in files.items():
        try:
            with open(os.path.join(HERE, fname), "rb") as f:
                if f.read() != data:
                    bad.append(fname)
        except OSError:
            bad.append(fname)
    return bad


def main():
    files = render()
    if "--check" in sys.argv[1:]:
        bad = stale(files)
        for fname in bad:
            print(f"split.py: {fname} is missing or stale; run python3 split.py", file=sys.stderr)
        return 1 if bad else 0
    for fname, data in files.items():
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
