#!/usr/bin/env python3
# tests/unit/agree_ref.py - the reference values of tests/unit/test_agree.c.
# By formulas written out here (no numpy or SciPy installed): Pearson, Spearman (mean ranks), Fisher z
# interval, least squares, MAE, Krippendorff's alpha by its coincidence
# matrix (a different route from agree.c's closed form), confusion counts.
from statistics import NormalDist
import math, itertools
X = [0.42, -0.61, 0.05, 0.77, -0.12, 0.0, -0.35, 0.58, -0.81, 0.20]
Y = [2.5, -3.0, 0.5, 3.5, 0.0, -0.5, -1.0, 1.5, -3.5, 1.0]
n = len(X)
def mean(v): return sum(v)/len(v)
def pearson(x, y):
    mx, my = mean(x), mean(y)
    sxy = sum((a-mx)*(b-my) for a,b in zip(x,y))
    sxx = sum((a-mx)**2 for a in x); syy = sum((b-my)**2 for b in y)
    return sxy/math.sqrt(sxx*syy)
def ranks(v):
    order = sorted(range(len(v)), key=lambda i: v[i]); r=[0]*len(v); i=0
    while i < len(v):
        j=i
        while j+1 < len(v) and v[order[j+1]]==v[order[i]]: j+=1
        for k in range(i,j+1): r[order[k]]=(i+j)/2+1
        i=j+1
    return r
r = pearson(X,Y); rho = pearson(ranks(X), ranks(Y))
q = NormalDist().inv_cdf(0.975)
def fisher(r): z=math.atanh(r); h=q/math.sqrt(n-3); return math.tanh(z-h), math.tanh(z+h)
print("r", repr(r), [repr(v) for v in fisher(r)])
print("rho", repr(rho), [repr(v) for v in fisher(rho)])
mx,my=mean(X),mean(Y)
b = sum((a-mx)*(c-my) for a,c in zip(X,Y))/sum((a-mx)**2 for a in X); a = my-b*mx
R = [a+b*x for x in X]
mae = mean([abs(y-f) for y,f in zip(Y,R)])
print("fit", repr(a), repr(b), "mae", repr(mae))
def alpha_interval(units):
    # units: list of lists of values (coders); coincidence route
    vals = sorted(set(v for u in units for v in u))
    o = {(c,k):0.0 for c in vals for k in vals}
    for u in units:
        m = len(u)
        if m < 2: continue
        for i,j in itertools.permutations(range(m),2):
            o[(u[i],u[j])] += 1.0/(m-1)
    nc = {c: sum(o[(c,k)] for k in vals) for c in vals}
    N = sum(nc.values())
    d2 = lambda c,k: (c-k)**2
    Do = sum(o[(c,k)]*d2(c,k) for c in vals for k in vals)
    De = sum(nc[c]*nc[k]*d2(c,k) for c in vals for k in vals)/(N-1)
    return 1 - Do/De
print("alpha", repr(alpha_interval([[f,y] for f,y in zip(R,Y)])))
print("alpha raw", repr(alpha_interval([[x,y] for x,y in zip(X,Y)])))
# classes
def cls(v,t): return 2 if v>t else (0 if v<-t else 1)
G=[cls(y,0.2) for y in Y]; P=[cls(x,0.05) for x in X]
cm=[[0]*3 for _ in range(3)]
for g,p in zip(G,P): cm[g][p]+=1
print("gold", G, "pred", P, "cm", cm)
acc=sum(cm[k][k] for k in range(3))/n
f1=[]
for k in range(3):
    tp=cm[k][k]; fp=sum(cm[j][k] for j in range(3))-tp; fn=sum(cm[k])-tp
    prec = tp/(tp+fp) if tp+fp else None; rec = tp/(tp+fn) if tp+fn else None
    f = 2*prec*rec/(prec+rec) if prec and rec else 0.0
    f1.append(f); print("class",k,"P",prec,"R",rec,"F1",repr(f))
print("acc", repr(acc), "macro", repr(mean(f1)))
