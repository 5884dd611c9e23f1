/*
 * plots.c - the plots of tenor report, drawn by gnuplot.
 *
 * Each plot NAME is three files in DIR/plots: NAME.csv (its data, with a
 * `#` header line), NAME.gp (a gnuplot script that reads it) and the
 * drawings NAME.png and NAME.svg the script makes when run in that folder,
 * so that a user can restyle a plot by editing its script.  The plots:
 *
 *   arcs      tone_norm and hostility sentence by sentence, one panel per
 *             document for the first twelve documents;
 *   actors    hostility and stance of the actors most often targeted, means
 *             over documents with 95% intervals;
 *   heatmap   speaker by target, hostility per sentence;
 *   groups    the groups' means with 95% intervals, per measure;
 *   timeline  hostility and tone_norm (or the measures compared) per period
 *             and group, with a 95% band.
 *
 * gnuplot is looked for on the PATH (or as $TENOR_GNUPLOT); without it the
 * data and scripts are still written and the report says how to get it.
 *
 * Like the tables, a drawing is written to a hidden temporary file and
 * renamed when whole: tenor gives the script the temporary names
 * (tenor_png, tenor_svg; run by hand, it writes NAME.png and NAME.svg).
 * gnuplot exits 0 when a write fails (a full disk) and leaves the file
 * cut short, so a drawing counts as whole only if it ends as its format
 * does: a PNG with its IEND chunk, an SVG with </svg>.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "report.h"
#include "sbuf.h"
#include "util.h"

#define TOP 12 /* actors in the bar and heat-map plots */

/* A gnuplot string literal: double-quoted, with \ and " escaped. */
static void gp_string(sbuf *b, const char *s) {
  sbuf_put(b, "\"", 1);
  for (; *s; s++) {
    if (*s == '"' || *s == '\\')
      sbuf_put(b, "\\", 1);
    sbuf_put(b, s, 1);
  }
  sbuf_put(b, "\"", 1);
}

/* The start of every script: both drawings from one set of commands. */
static void gp_begin(sbuf *b, const char *name, int width, int height) {
  sbuf_printf(b,
              "# %s.gp - written by tenor report; run `gnuplot %s.gp` in this folder to draw\n"
              "# %s.png and %s.svg again from %s.csv, after editing this script as you like.\n"
              "set datafile separator comma\n"
              "set encoding utf8\n"
              "do for [format in \"png svg\"] {\n"
              "  if (format eq \"png\") {\n"
              "    set terminal pngcairo size %d,%d noenhanced font \"sans,10\"\n"
              "    set output (exists(\"tenor_png\") ? tenor_png : \"%s.png\")\n"
              "  } else {\n"
              "    set terminal svg size %d,%d noenhanced font \"sans,10\" background \"white\"\n"
              "    set output (exists(\"tenor_svg\") ? tenor_svg : \"%s.svg\")\n"
              "  }\n",
              name, name, name, name, name, width, height, name, width, height, name);
}

static void gp_end(sbuf *b) { sbuf_printf(b, "  set output\n}\n"); }

/* ------------------------------------------------------------ arcs */

static int arcs(const report_data *r, sbuf *data, sbuf *gp) {
  if (!r->narcs)
    return 0;
  sbuf_printf(data, "# document,sentence,tone,hostility (one block per document)\n");
  for (size_t k = 0; k < r->narcs; k++) {
    if (k)
      sbuf_printf(data, "\n\n");
    for (size_t i = 0; i < r->arcs[k].n; i++)
      sbuf_printf(data, "%zu,%zu,%.4f,%.4f\n", k + 1, i + 1, r->arcs[k].tone[i],
                  r->arcs[k].hostility[i]);
  }
  size_t cols = r->narcs < 3 ? r->narcs : 3, rows = (r->narcs + cols - 1) / cols;
  gp_begin(gp, "arcs", 1200, 260 * (int)rows + 60);
  sbuf_printf(gp, "  set multiplot layout %zu,%zu title \"Tone and hostility, sentence by "
                  "sentence\"\n  set key top right\n  set xlabel \"sentence\"\n  set grid y\n",
              rows, cols);
  for (size_t k = 0; k < r->narcs; k++) {
    sbuf_printf(gp, "  set title ");
    gp_string(gp, r->docs[r->arcs[k].doc].id);
    sbuf_printf(gp,
                "\n  plot \"arcs.csv\" index %zu using 2:3 with linespoints lw 2 pt 7 "
                "ps 0.4 title \"tone\", \\\n"
                "       \"\" index %zu using 2:4 with linespoints lw 2 pt 5 ps 0.4 "
                "title \"hostility\"\n",
                k, k);
  }
  sbuf_printf(gp, "  unset multiplot\n");
  gp_end(gp);
  return 1;
}

/* ---------------------------------------------------------- actors */

/* Mean and 95% interval of an actor's series over documents (the interval
 * is the mean itself where it is missing). */
static void mean_ci(const compare *c, int measure, const char *actor, double *m, double *lo,
                    double *hi) {
  char key[256];
  snprintf(key, sizeof key, "%d|%d|%s", measure, R_TARGET, actor);
  size_t k = strmap_find(&c->series_keys, key), l = strmap_find(&c->levels, "all");
  const cell *ce = k == (size_t)-1 || l == (size_t)-1 ? NULL : compare_cell(c, k, l);
  tenor_summary s;
  tenor_summarize(ce ? ce->v : NULL, ce ? ce->n : 0, &s);
  *m = s.mean;
  *lo = s.na ? s.mean : s.ci_low;
  *hi = s.na ? s.mean : s.ci_high;
}

static int actors(const report_data *r, sbuf *data, sbuf *gp) {
  size_t top[TOP], n = report_top_actors(r, 0, top, TOP);
  if (!n)
    return 0;
  sbuf_printf(data, "# rank,actor,sentences,hostility,hostility_low,hostility_high,stance,"
                    "stance_low,stance_high\n");
  for (size_t i = 0; i < n; i++) {
    double hm, hl, hh, sm, sl, sh;
    const char *id = r->actors.keys[top[i]];
    mean_ci(r->overall, M_HOSTILITY, id, &hm, &hl, &hh);
    mean_ci(r->overall, M_STANCE, id, &sm, &sl, &sh);
    sbuf_printf(data, "%zu,%s,%zu,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f\n", i + 1, id,
                r->actor[top[i]].as_target, hm, hl, hh, sm, sl, sh);
  }
  gp_begin(gp, "actors", 1200, 520);
  sbuf_printf(gp,
              "  set multiplot layout 1,2 title \"Actors as targets: means over documents, "
              "95%% intervals\"\n"
              "  set style fill solid 0.6 border -1\n  set boxwidth 0.6\n"
              "  set xtics rotate by -45\n  set grid y\n  set xrange [0.3:%zu.7]\n"
              "  set title \"hostility per sentence\"\n  set yrange [0:*]\n"
              "  plot \"actors.csv\" using 1:4:xtic(2) with boxes lc rgb \"#c0392b\" notitle, \\\n"
              "       \"\" using 1:4:5:6 with yerrorbars lc rgb \"black\" ps 0 notitle\n"
              "  set title \"stance (-1 opposition, +1 support)\"\n  set yrange [-1:1]\n"
              "  plot \"actors.csv\" using 1:7:xtic(2) with boxes lc rgb \"#2c7fb8\" notitle, \\\n"
              "       \"\" using 1:7:8:9 with yerrorbars lc rgb \"black\" ps 0 notitle\n"
              "  unset multiplot\n",
              n);
  gp_end(gp);
  return 1;
}

/* --------------------------------------------------------- heat map */

static int heatmap(const report_data *r, sbuf *data, sbuf *gp) {
  size_t sp[TOP], tg[TOP], ns = report_top_actors(r, 1, sp, TOP), nt = report_top_actors(r, 0, tg, TOP);
  if (!ns || !nt || !r->npairs)
    return 0;
  sbuf_printf(data, "speaker/target");
  for (size_t j = 0; j < nt; j++)
    sbuf_printf(data, ",%s", r->actors.keys[tg[j]]);
  sbuf_printf(data, "\n");
  for (size_t i = 0; i < ns; i++) {
    sbuf_printf(data, "%s", r->actors.keys[sp[i]]);
    for (size_t j = 0; j < nt; j++) {
      double v = 0;
      for (size_t p = 0; p < r->npairs; p++)
        if (r->pairs[p].speaker == sp[i] && r->pairs[p].target == tg[j] && r->pairs[p].sentences)
          v = r->pairs[p].hostility / (double)r->pairs[p].sentences;
      sbuf_printf(data, ",%.4f", v);
    }
    sbuf_printf(data, "\n");
  }
  gp_begin(gp, "heatmap", 900, 700);
  sbuf_printf(gp, "  set title \"Speaker -> target: hostility per sentence\"\n"
                  "  set xlabel \"target\"\n  set ylabel \"speaker\"\n"
                  "  set xtics rotate by -45\n  set palette defined (0 \"white\", 1 \"#c0392b\")\n"
                  "  set cbrange [0:*]\n  unset key\n"
                  "  plot \"heatmap.csv\" matrix rowheaders columnheaders using 1:2:3 with image\n");
  gp_end(gp);
  return 1;
}

/* ----------------------------------------------------------- groups */

static int groups(const report_data *r, sbuf *data, sbuf *gp) {
  const compare *c = r->by_group;
  if (!c || c->levels.n < 2)
    return 0;
  static const int measures[] = {M_TONE_NORM, M_HOSTILITY, M_COOPERATION};
  size_t *lev = compare_sorted_levels(&c->levels), panels = 0;
  int shown[3];
  sbuf_printf(data, "# panel,measure,index,group,mean,low,high (one block per measure)\n");
  for (size_t k = 0; k < 3; k++) {
    char key[64];
    snprintf(key, sizeof key, "%d|%d|", measures[k], R_ALL);
    size_t s = strmap_find(&c->series_keys, key);
    if (s == (size_t)-1)
      continue;
    if (panels)
      sbuf_printf(data, "\n\n");
    shown[panels++] = measures[k];
    for (size_t i = 0; i < c->levels.n; i++) {
      const cell *ce = compare_cell(c, s, lev[i]);
      tenor_summary sm;
      tenor_summarize(ce ? ce->v : NULL, ce ? ce->n : 0, &sm);
      sbuf_printf(data, "%zu,%s,%zu,%s,%.4f,%.4f,%.4f\n", panels, measure_names[measures[k]],
                  i + 1, c->levels.keys[lev[i]], sm.mean, sm.na ? sm.mean : sm.ci_low,
                  sm.na ? sm.mean : sm.ci_high);
    }
  }
  free(lev);
  if (!panels)
    return 0;
  gp_begin(gp, "groups", 1200, 480);
  sbuf_printf(gp,
              "  set multiplot layout 1,%zu title \"Groups compared: means over documents, 95%% "
              "intervals\"\n  set style fill solid 0.6 border -1\n  set boxwidth 0.6\n"
              "  set grid y\n  set xrange [0.3:%zu.7]\n  set xtics rotate by -30\n",
              panels, c->levels.n);
  for (size_t p = 1; p <= panels; p++)
    sbuf_printf(gp,
                "  set title \"%s\"\n"
                "  plot \"groups.csv\" index %zu using 3:5:xtic(4) with boxes "
                "lc rgb \"#7f8c8d\" notitle, \\\n"
                "       \"\" index %zu using 3:5:6:7 with yerrorbars lc rgb \"black\" "
                "ps 0 notitle\n",
                measure_names[shown[p - 1]], p - 1, p - 1);
  sbuf_printf(gp, "  unset multiplot\n");
  gp_end(gp);
  return 1;
}

/* --------------------------------------------------------- timeline */

static int timeline(const report_data *r, sbuf *data, sbuf *gp) {
  const compare *c = r->by_date;
  if (!c || !c->tl_periods.n)
    return 0;
  /* two panels of the measures compared, hostility and tone_norm first */
  static const int preferred[] = {M_HOSTILITY, M_TONE_NORM, M_TONE, M_COOPERATION};
  int measures[2];
  size_t nm = 0;
  for (size_t k = 0; k < 4 && nm < 2; k++)
    if (c->want[preferred[k]])
      measures[nm++] = preferred[k];
  if (!nm)
    return 0;
  size_t *per = compare_sorted_levels(&c->tl_periods), *grp = compare_sorted_levels(&c->tl_groups);
  size_t G = c->tl_groups.n, blocks = 0;
  sbuf_printf(data, "# index,period,mean,low,high (one block per measure and group: %s%s%s; "
                    "groups in order)\n",
              measure_names[measures[0]], nm > 1 ? " then " : "",
              nm > 1 ? measure_names[measures[1]] : "");
  for (size_t k = 0; k < nm; k++) {
    char key[64];
    snprintf(key, sizeof key, "%d|%d|", measures[k], R_ALL);
    size_t s = strmap_find(&c->series_keys, key);
    for (size_t g = 0; g < G; g++) {
      if (blocks++)
        sbuf_printf(data, "\n\n");
      for (size_t p = 0; p < c->tl_periods.n; p++) {
        char cellkey[96];
        size_t l = strmap_find(&c->levels, c->tl_periods.keys[per[p]]);
        snprintf(cellkey, sizeof cellkey, "%zu %zu %zu", s, l, grp[g]);
        size_t ci = s == (size_t)-1 ? (size_t)-1 : strmap_find(&c->tl_index, cellkey);
        if (ci == (size_t)-1)
          continue;
        tenor_summary sm;
        tenor_summarize(c->tl[ci].v, c->tl[ci].n, &sm);
        sbuf_printf(data, "%zu,%s,%.4f,%.4f,%.4f\n", p + 1, c->tl_periods.keys[per[p]], sm.mean,
                    sm.na ? sm.mean : sm.ci_low, sm.na ? sm.mean : sm.ci_high);
      }
    }
  }
  gp_begin(gp, "timeline", 1200, 480);
  sbuf_printf(gp,
              "  set multiplot layout 1,%zu title \"Over time: means over documents, 95%% band\"\n"
              "  set grid y\n  set key top left\n  set xrange [0.5:%zu.5]\n"
              "  set style fill transparent solid 0.2 noborder\n",
              nm, c->tl_periods.n);
  static const char *const colours[] = {"#c0392b", "#2c7fb8", "#27ae60", "#8e44ad", "#d35400",
                                        "#7f8c8d"};
  for (size_t k = 0; k < nm; k++) {
    sbuf_printf(gp, "  set title \"%s\"\n  plot ", measure_names[measures[k]]);
    for (size_t g = 0; g < G; g++) {
      const char *name = *c->tl_groups.keys[grp[g]] ? c->tl_groups.keys[grp[g]] : "(no group)";
      const char *colour = colours[g % (sizeof colours / sizeof *colours)];
      sbuf_printf(gp,
                  "%s\"timeline.csv\" index %zu using 1:4:5 with filledcurves lc rgb \"%s\" "
                  "notitle, \\\n       \"\" index %zu using 1:3:xtic(2) with linespoints lw 2 "
                  "pt 7 lc rgb \"%s\" title ",
                  g ? ", \\\n       " : "", k * G + g, colour, k * G + g, colour);
      gp_string(gp, name);
    }
    sbuf_printf(gp, "\n");
  }
  sbuf_printf(gp, "  unset multiplot\n");
  gp_end(gp);
  free(per);
  free(grp);
  return 1;
}

/* ------------------------------------------------------------ gnuplot */

/* The gnuplot to run: $TENOR_GNUPLOT, or gnuplot on the PATH; NULL if none. */
static char *find_gnuplot(void) {
  const char *env = getenv("TENOR_GNUPLOT");
  if (env && *env)
    return strchr(env, '/') ? (access(env, X_OK) == 0 ? xstrdup(env) : NULL) : xstrdup(env);
  const char *path = getenv("PATH");
  if (!path)
    path = "/usr/bin:/bin";
  while (*path) {
    const char *colon = strchr(path, ':');
    size_t n = colon ? (size_t)(colon - path) : strlen(path);
    char *cand = xasprintf("%.*s/gnuplot", (int)n, n ? path : ".");
    if (access(cand, X_OK) == 0)
      return cand;
    free(cand);
    path += n + (colon ? 1 : 0);
  }
  return NULL;
}

/* Whether the file at path ends as a whole PNG (its IEND chunk) or SVG
 * (</svg> and white space) does. */
static int drawing_whole(const char *path, int svg) {
  static const char iend[] = "\0\0\0\0IEND\xAE\x42\x60\x82";
  char tail[64];
  struct stat st;
  FILE *f = fopen(path, "rb");
  if (!f)
    return 0;
  size_t n = 0;
  if (fstat(fileno(f), &st) == 0 && st.st_size > 0) {
    long from = st.st_size > (off_t)sizeof tail ? (long)(st.st_size - (off_t)sizeof tail) : 0;
    if (fseek(f, from, SEEK_SET) == 0)
      n = fread(tail, 1, sizeof tail, f);
  }
  fclose(f);
  if (!svg)
    return n >= sizeof iend - 1 && !memcmp(tail + n - (sizeof iend - 1), iend, sizeof iend - 1);
  while (n && strchr(" \t\r\n", tail[n - 1]))
    n--;
  return n >= 6 && !memcmp(tail + n - 6, "</svg>", 6);
}

/* Runs gnuplot on NAME.gp in folder with the variables `vars` set (-e);
 * 0 when it exits with status 0. */
static int gnuplot_run(const char *gnuplot, const char *folder, const char *name,
                       const char *vars) {
  signals_block(); /* a signal stops gnuplot too (signals_child): none before it is known */
  pid_t pid = fork();
  if (pid < 0) {
    signals_unblock();
    return -1;
  }
  if (pid == 0) {
    signals_reset();
    int log = -1;
    if (chdir(folder) == 0)
      log = open("gnuplot.log", O_WRONLY | O_CREAT | O_APPEND, 0666);
    if (log >= 0) {
      dup2(log, 1);
      dup2(log, 2);
      close(log);
    }
    char *script = xasprintf("%s.gp", name);
    execlp(gnuplot, gnuplot, "-e", vars, script, (char *)NULL);
    _exit(127);
  }
  signals_child(pid);
  signals_unblock();
  /* Wait for gnuplot without reaping it, so that its pid cannot be taken
   * by another process while a signal could still stop it. */
  siginfo_t info;
  int status, rc;
  while ((rc = waitid(P_PID, (id_t)pid, &info, WEXITED | WNOWAIT)) < 0 && errno == EINTR)
    ;
  signals_child(0);
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR)
      return -1;
  return rc == 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

/* What became of a plot. */
enum { PLOT_DRAWN, PLOT_FAILED, PLOT_UNWRITTEN };

/* Draws plot NAME (its script is in folder) into hidden temporary files,
 * renamed NAME.png and NAME.svg when both are whole: PLOT_DRAWN;
 * PLOT_FAILED when gnuplot failed; PLOT_UNWRITTEN (after a message) when
 * a drawing could not be written whole.  A plot not drawn leaves neither
 * temporary file behind, and a signal removes them (temp_create). */
static int run_gnuplot(const char *gnuplot, const char *folder, const char *name) {
  static const char *const ext[2] = {"png", "svg"};
  char *tmp[2] = {NULL, NULL}, *path[2];
  int result = PLOT_DRAWN;
  for (int k = 0; k < 2; k++) {
    char *file = xasprintf("%s.%s", name, ext[k]);
    path[k] = xasprintf("%s/%s", folder, file);
    int fd = result == PLOT_DRAWN ? temp_create(folder, file, &tmp[k]) : -1;
    if (fd >= 0)
      close(fd);
    else if (result == PLOT_DRAWN) {
      msg("cannot write %s: %s", path[k], strerror(errno));
      result = PLOT_UNWRITTEN;
    }
    free(file);
  }
  if (result == PLOT_DRAWN) {
    /* the script runs in folder: the temporary files by their names alone */
    char *vars = xasprintf("tenor_png='%s'; tenor_svg='%s'", strrchr(tmp[0], '/') + 1,
                           strrchr(tmp[1], '/') + 1);
    if (gnuplot_run(gnuplot, folder, name, vars) != 0)
      result = PLOT_FAILED;
    free(vars);
  }
  for (int k = 0; k < 2 && result == PLOT_DRAWN; k++) {
    if (!drawing_whole(tmp[k], k)) {
      msg("cannot write %s: gnuplot did not write it whole (is the disk full?); the plot is "
          "left out",
          path[k]);
      result = PLOT_UNWRITTEN;
    }
  }
  for (int k = 0; k < 2 && result == PLOT_DRAWN; k++) {
    if (temp_commit(tmp[k], path[k]) != 0) {
      msg("cannot write %s: %s", path[k], strerror(errno));
      result = PLOT_UNWRITTEN;
      if (k) /* the PNG has its name already: not without its SVG */
        unlink(path[0]);
      break;
    }
    free(tmp[k]);
    tmp[k] = NULL;
  }
  for (int k = 0; k < 2; k++) {
    if (tmp[k])
      temp_remove(tmp[k]);
    free(tmp[k]);
    free(path[k]);
  }
  return result;
}

size_t report_plots(const report_data *r, const char *dir, const char **names,
                    const char **note, int *unwritten) {
  static const struct {
    const char *name;
    int (*make)(const report_data *, sbuf *, sbuf *);
  } all[] = {{"arcs", arcs}, {"actors", actors}, {"heatmap", heatmap},
             {"groups", groups}, {"timeline", timeline}};
  *note = NULL;
  *unwritten = 0;
  char *folder = xasprintf("%s/plots", dir);
  if (make_dir(folder) != 0) {
    msg("cannot create %s: %s", folder, strerror(errno));
    free(folder);
    *note = "The plots could not be written.";
    *unwritten = 1;
    return 0;
  }
  char *gnuplot = find_gnuplot();
  if (!gnuplot) {
    msg("gnuplot is not installed, so there are no plots (install it with: apt-get install "
        "gnuplot-nox); the tables, the summary and the plot scripts are written");
    *note = "gnuplot was not installed when this report was made: the plot data and scripts "
            "are in plots/; install gnuplot (apt-get install gnuplot-nox) and run each script "
            "there, or make the report again.";
  }
  size_t n = 0;
  int failed = 0, cut = 0;
  for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
    sbuf data = {NULL, 0, 0}, gp = {NULL, 0, 0};
    char *csv = xasprintf("%s.csv", all[i].name), *script = xasprintf("%s.gp", all[i].name);
    int made = all[i].make(r, &data, &gp);
    if (made && (write_file(folder, csv, data.s, data.n) != 0 ||
                 write_file(folder, script, gp.s, gp.n) != 0)) {
      cut = 1; /* after write_file's message */
    } else if (made && gnuplot) {
      int got = run_gnuplot(gnuplot, folder, all[i].name);
      if (got == PLOT_DRAWN)
        names[n++] = all[i].name;
      else if (got == PLOT_UNWRITTEN)
        cut = 1;
      else
        failed = 1;
    }
    free(csv);
    free(script);
    sbuf_free(&data);
    sbuf_free(&gp);
  }
  if (cut) {
    *unwritten = 1;
    *note = "Some plots could not be written (is the disk full?) and are left out.";
  }
  if (failed) {
    msg("gnuplot failed on some plots: see %s/gnuplot.log", folder);
    *note = "gnuplot failed on some plots: see plots/gnuplot.log.";
  } else {
    char *log = xasprintf("%s/gnuplot.log", folder);
    struct stat st;
    if (stat(log, &st) == 0 && st.st_size == 0)
      unlink(log);
    free(log);
  }
  free(gnuplot);
  free(folder);
  return n;
}
