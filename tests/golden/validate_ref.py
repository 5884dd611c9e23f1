#!/usr/bin/env python3
# tests/golden/validate_ref.py - the statistics of the first case of
# tests/golden/validate.t ("ratings in TSV, --measure tone"), computed
# with every formula written out (python3 alone: no NumPy, SciPy or R),
# to compare with its validate.csv and validate-errors.csv.
import math
from collections import defaultdict
from statistics import NormalDist

# tone of each snippet with small.csv: great 3; bad -2; fine 1; terrible
# twice -6; "Not bad" -2 * -0.74; good + fine 3; none 0; "Not good"
# 2 * -0.74; the mean of the two sentences 3 and -2; none 0
X = [3, -2, 1, -6, 1.48, 3, 0, -1.48, 0.5, 0]
Y = [3, -2.5, 0.5, -3.5, 1, 2, 0, -1, 2.5, -0.5]
n = len(X)


def mean(v):
    return sum(v) / len(v)


def pearson(x, y):
    mx, my = mean(x), mean(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    return sxy / math.sqrt(sum((a - mx) ** 2 for a in x) * sum((b - my) ** 2 for b in y))


def ranks(v):  # 1-based, ties given their mean rank
    order = sorted(range(len(v)), key=lambda i: v[i])
    r, i = [0] * len(v), 0
    while i < len(v):
        j = i
        while j + 1 < len(v) and v[order[j + 1]] == v[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


q = NormalDist().inv_cdf(0.975)
for name, r in [("pearson_r", pearson(X, Y)), ("spearman_rho", pearson(ranks(X), ranks(Y)))]:
    z, h = math.atanh(r), q / math.sqrt(n - 3)
    print("%s %.6f [%.6f, %.6f]" % (name, r, math.tanh(z - h), math.tanh(z + h)))

mx, my = mean(X), mean(Y)
b = sum((a - mx) * (c - my) for a, c in zip(X, Y)) / sum((a - mx) ** 2 for a in X)
a = my - b * mx
R = [a + b * x for x in X]
print("rescale_intercept %.6f\nrescale_slope %.6f" % (a, b))
print("mae %.6f" % mean([abs(y - f) for y, f in zip(Y, R)]))

# Krippendorff's alpha, interval: the coincidence matrix of (rescaled, gold)
o = defaultdict(float)
for f, y in zip(R, Y):
    o[(f, y)] += 1
    o[(y, f)] += 1
nc = defaultdict(float)
for (c, k), v in o.items():
    nc[c] += v
N = sum(nc.values())
d_o = sum(v * (c - k) ** 2 for (c, k), v in o.items())
d_e = sum(nc[c] * nc[k] * (c - k) ** 2 for c in nc for k in nc) / (N - 1)
print("krippendorff_alpha %.6f" % (1 - d_o / d_e))

G = 0.05 * max(abs(y) for y in Y)
print("gold_neutral %.6f" % G)
cls = lambda v, t: 2 if v > t else (0 if v < -t else 1)
gc, pc = [cls(y, G) for y in Y], [cls(x, 0.05) for x in X]
cm = [[0] * 3 for _ in range(3)]
for g, p in zip(gc, pc):
    cm[g][p] += 1
print("accuracy %.6f" % (sum(cm[k][k] for k in range(3)) / n))
f1 = []
for k, name in enumerate(["negative", "neutral", "positive"]):
    tp = cm[k][k]
    fp, fn = sum(cm[j][k] for j in range(3)) - tp, sum(cm[k]) - tp
    f1.append(2 * tp / (2 * tp + fp + fn))
    print("%s: precision %s, recall %s, f1 %.6f, confusion %s" % (
        name, "%.6f" % (tp / (tp + fp)) if tp + fp else "-",
        "%.6f" % (tp / (tp + fn)) if tp + fn else "-", f1[-1], cm[k]))
print("macro_f1 %.6f" % mean(f1))
worst = sorted(range(n), key=lambda i: -abs(R[i] - Y[i]))[:3]
print("errors:", ", ".join("a%d rescaled %.4f error %.4f" % (i + 1, R[i], R[i] - Y[i]) for i in worst))
