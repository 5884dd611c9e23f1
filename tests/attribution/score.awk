# tests/attribution/score.awk - agreement of tenor's speakers and targets with
# an annotation.  Input: the annotation (N<TAB>speaker<TAB>targets, # comments)
# as file 1, then `tenor score` output cut to sentence,speaker,targets as file 2.
# Adds to the counts in the totals file named by -v totals=FILE and prints
# each disagreement.
BEGIN { FS = "\t" }
FNR == 1 { file++ }
file == 1 {
  if ($0 ~ /^#/ || $0 == "") next
  gold_sp[$1] = $2; gold_tg[$1] = $3; n++
  next
}
file == 2 {
  if (FNR == 1) { FS = ","; $0 = $0; next }
  gsub(/"/, "")
  split($0, f, ",")
  sp[f[1]] = f[2] == "" ? "-" : f[2]; tg[f[1]] = f[3] == "" ? "-" : f[3]
}
END {
  for (s = 1; s <= n; s++) {
    g = gold_sp[s]; p = (s in sp) ? sp[s] : "-"
    if (g != "-") gs++
    if (p != "-") ps++
    if (g != "-" && g == p) cs++
    if (g != p) printf "  %s sentence %d: speaker %s, annotated %s\n", name, s, p, g
    ng = split(gold_tg[s] == "-" ? "" : gold_tg[s], ga, ";")
    np = split(((s in tg) ? tg[s] : "-") == "-" ? "" : tg[s], pa, ";")
    gt += ng; pt += np
    delete seen
    for (i = 1; i <= ng; i++) seen[ga[i]] = 1
    for (i = 1; i <= np; i++) if (pa[i] in seen) ct++
    if (gold_tg[s] != ((s in tg) ? tg[s] : "-"))
      printf "  %s sentence %d: targets %s, annotated %s\n", name, s, (s in tg) ? tg[s] : "-", gold_tg[s]
  }
  if (length(sp) != n) printf "  %s: %d sentences scored, %d annotated\n", name, length(sp), n
  printf "%d %d %d %d %d %d %d %d\n", gs, ps, cs, gt, pt, ct, n, length(sp) != n >> totals
}
