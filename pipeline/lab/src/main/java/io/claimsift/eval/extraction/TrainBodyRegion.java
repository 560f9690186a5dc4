package io.claimsift.eval.extraction;

import com.google.common.net.InternetDomainName;
import io.claimsift.clean.ArticleCleaner;
import io.claimsift.clean.CleaningRules;
import io.claimsift.clean.RegionParams;
import io.claimsift.clean.RegionReplay;
import io.claimsift.eval.ResultLine;
import io.claimsift.eval.TuneCheckSplit;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Fits the body-choice parameters ({@link RegionParams}: the two {@code BodyRegion} presets and
 * the HTML sanity check) on DEV extraction pages, by coordinate search.
 *
 * <p>Each page is prepared once per front end ({@link RegionReplay}: the rule passes do not
 * depend on the parameters); a parameter set is scored by replaying the body choice on every
 * page and scoring the kept text with {@link ShingleMetric} (one score per page and kept set,
 * memoised). The objective is the mean over sources (data folders) of each source's F1, so that
 * the 683 dragnet pages do not outweigh the others. The search: for each trained field in a
 * fixed order, try it times 0.5, 0.7, 0.85, 1.15, 1.4 and 2 (integers rounded), keep the best
 * value if it gains at least {@value #MIN_GAIN} and leaves no source more than {@value
 * #MAX_SOURCE_LOSS} below its F1 at the start of the search; up to {@code --rounds} passes (default 2) over
 * the fields. The text preset is fitted on the text dumps first, then the HTML preset and the
 * sanity check on the HTML pages (the fallback runs the fitted text preset). Deterministic: no
 * randomness, fixed orders, ties keep the earlier value.
 *
 * <p>Reported: (1) cross-validated F1 grouped by site: sites (the registrable domain of the
 * page URL, or the page itself when the truth has no URL) fall in {@code --folds} folds (default
 * 5) by SHA-256 of the site name; each fold is scored with parameters fitted on the other folds
 * only, so no page of a site helps score that site; (2) the fit on the {@code tune} half of
 * {@link TuneCheckSplit} only, scored on both halves against the committed parameters. The
 * parameters fitted on the tune half are written to OUT.json (the committed resource is replaced
 * by hand, only if the check halves agree).
 *
 * <p>Usage: {@code TrainBodyRegion [--rounds N] [--folds K] [--skip-cv] DATA_DIR... OUT.json}.
 */
public final class TrainBodyRegion {

  /** The least objective gain for which a field changes (below it, a change is noise). */
  static final double MIN_GAIN = 0.0005;
  /**
   * The most any one source's F1 on the training pages may fall below its value at the start of
   * a search: a gain on average paid by one source (the non-article pages gaining while news
   * pages lose) is not taken.
   */
  static final double MAX_SOURCE_LOSS = 0.001;

  private static final double[] STEPS = {0.5, 0.7, 0.85, 1.15, 1.4, 2};

  /** Fields of a preset that are fitted ({@code spreadOverMain} is a front-end property). */
  static final List<String> PRESET_FIELDS = List.of("proseLetters", "mediumRate",
      "mediumMinLetters", "maxProseLinkDensity", "maxLinkDensityInMain", "linkCostBase",
      "barrier", "softBarrier", "continued", "afterShort", "shortBase", "shortRate",
      "minArticleScore", "longRun", "longRunFactor", "hintWeight");
  static final List<String> FALLBACK_FIELDS =
      List.of("minSentenceLetters", "sentenceParagraphLetters", "letterShareDivisor");

  private TrainBodyRegion() {}

  /** One DEV page, prepared in both front ends, with its memo of scores per kept set. */
  static final class Page {
    final String source;
    final String id;
    final String site;
    final String truth;
    final RegionReplay text;
    final RegionReplay html;
    final Map<BitSet, ShingleMetric.PageScore> textScores = new HashMap<>();
    final Map<BitSet, ShingleMetric.PageScore> htmlScores = new HashMap<>();

    Page(String source, String id, String site, String truth, RegionReplay text,
        RegionReplay html) {
      this.source = source;
      this.id = id;
      this.site = site;
      this.truth = truth;
      this.text = text;
      this.html = html;
    }

    ShingleMetric.PageScore score(boolean htmlMode, RegionParams params) {
      RegionReplay replay = htmlMode ? html : text;
      BitSet kept = replay.keep(params);
      return (htmlMode ? htmlScores : textScores).computeIfAbsent(kept,
          k -> ShingleMetric.page(id, truth, replay.cleanText(k)));
    }
  }

  public static void main(String[] args) throws IOException {
    int rounds = 2;
    int folds = 5;
    boolean cv = true;
    List<Path> dirs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--folds" -> folds = Integer.parseInt(args[++i]);
        case "--skip-cv" -> cv = false;
        default -> dirs.add(Path.of(args[i]));
      }
    }
    if (dirs.size() < 2) {
      System.err.println(
          "usage: TrainBodyRegion [--rounds N] [--folds K] [--skip-cv] DATA_DIR... OUT.json");
      System.exit(2);
    }
    Path out = dirs.remove(dirs.size() - 1);
    List<Page> pages = load(dirs);
    RegionParams today = RegionParams.standard();
    System.out.println("pages: " + pages.size() + ", replay mismatches against the cleaner: "
        + replayMismatches(pages, today, dirs));

    if (cv) {
      int k0 = folds;
      Map<String, Integer> fold = new HashMap<>();
      for (Page p : pages) {
        fold.computeIfAbsent(p.site, s -> siteFold(s, k0));
      }
      System.out.println("sites: " + fold.size() + ", folds: " + folds);
      Map<Page, ShingleMetric.PageScore> cvText = new HashMap<>();
      Map<Page, ShingleMetric.PageScore> cvHtml = new HashMap<>();
      for (int k = 0; k < folds; k++) {
        int held = k;
        RegionParams fitted = fit(pages, p -> fold.get(p.site) != held, today, rounds);
        List<Page> heldOut = new ArrayList<>();
        for (Page p : pages) {
          if (fold.get(p.site) == held) {
            cvText.put(p, p.score(false, fitted));
            cvHtml.put(p, p.score(true, fitted));
            heldOut.add(p);
          }
        }
        System.out.printf(Locale.ROOT, "fold %d: %d pages; mean source F1 text %.3f -> %.3f,"
                + " html %.3f -> %.3f%n", held, heldOut.size(),
            objective(heldOut, false, today), objective(heldOut, false, fitted),
            objective(heldOut, true, today), objective(heldOut, true, fitted));
      }
      for (String source : sources(pages)) {
        for (boolean htmlMode : new boolean[] {false, true}) {
          List<ShingleMetric.PageScore> base = new ArrayList<>();
          List<ShingleMetric.PageScore> cross = new ArrayList<>();
          for (Page p : pages) {
            if (p.source.equals(source)) {
              base.add(p.score(htmlMode, today));
              cross.add((htmlMode ? cvHtml : cvText).get(p));
            }
          }
          System.out.println(ResultLine.of("train-body-region-cv")
              .put("source", source)
              .put("mode", htmlMode ? "html" : "text")
              .put("f1_today", ShingleMetric.corpus(base).f1())
              .put("f1_cv", ShingleMetric.corpus(cross).f1())
              .put("lost_today", ExtractionEval.lost(base))
              .put("lost_cv", ExtractionEval.lost(cross))
              .put("pages", base.size()));
        }
      }
    }

    RegionParams fitted =
        fit(pages, p -> !TuneCheckSplit.isCheck(p.id), today, rounds);
    Files.writeString(out, fitted.toJson(), StandardCharsets.UTF_8);
    System.out.println("fitted on the tune half: " + out);
    printChanges(today, fitted);
    for (String source : sources(pages)) {
      for (boolean htmlMode : new boolean[] {false, true}) {
        for (String half : List.of(TuneCheckSplit.TUNE, TuneCheckSplit.CHECK)) {
          List<ShingleMetric.PageScore> base = new ArrayList<>();
          List<ShingleMetric.PageScore> trained = new ArrayList<>();
          for (Page p : pages) {
            if (p.source.equals(source) && TuneCheckSplit.half(p.id).equals(half)) {
              base.add(p.score(htmlMode, today));
              trained.add(p.score(htmlMode, fitted));
            }
          }
          System.out.println(ResultLine.of("train-body-region")
              .put("source", source)
              .put("mode", htmlMode ? "html" : "text")
              .put("half", half)
              .put("f1_today", ShingleMetric.corpus(base).f1())
              .put("f1_trained", ShingleMetric.corpus(trained).f1())
              .put("lost_today", ExtractionEval.lost(base))
              .put("lost_trained", ExtractionEval.lost(trained))
              .put("pages", base.size()));
        }
      }
    }
  }

  /** Text preset on the text dumps, then HTML preset and sanity check on the HTML pages. */
  static RegionParams fit(List<Page> pages, Predicate<Page> training, RegionParams start,
      int rounds) {
    List<Page> train = pages.stream().filter(training).toList();
    RegionParams current = start;
    current = search(train, false, current, "text", PRESET_FIELDS, rounds);
    current = search(train, true, current, "html", PRESET_FIELDS, rounds);
    current = search(train, true, current, "fallback", FALLBACK_FIELDS, rounds);
    return current;
  }

  private static RegionParams search(List<Page> train, boolean htmlMode, RegionParams start,
      String part, List<String> fields, int rounds) {
    RegionParams best = start;
    double bestScore = objective(train, htmlMode, best);
    Map<String, Double> floor = new HashMap<>();
    sourceF1(train, htmlMode, start).forEach((s, f1) -> floor.put(s, f1 - MAX_SOURCE_LOSS));
    for (int round = 0; round < rounds; round++) {
      boolean changed = false;
      for (String field : fields) {
        double value = get(part(best, part), field);
        RegionParams roundBest = best;
        double roundScore = bestScore + MIN_GAIN;
        for (double step : STEPS) {
          RegionParams candidate = with(best, part, field, value * step);
          if (candidate.equals(best)) {
            continue;
          }
          double s = objective(train, htmlMode, candidate);
          if (s >= roundScore && keepsFloor(train, htmlMode, candidate, floor)) {
            roundScore = s;
            roundBest = candidate;
          }
        }
        if (roundBest != best) {
          best = roundBest;
          bestScore = roundScore;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    return best;
  }

  /** The mean over sources of each source's corpus F1. */
  static double objective(List<Page> train, boolean htmlMode, RegionParams params) {
    Map<String, Double> f1 = sourceF1(train, htmlMode, params);
    double sum = 0;
    for (double x : f1.values()) {
      sum += x;
    }
    return f1.isEmpty() ? 0 : sum / f1.size();
  }

  private static boolean keepsFloor(List<Page> train, boolean htmlMode, RegionParams params,
      Map<String, Double> floor) {
    for (Map.Entry<String, Double> e : sourceF1(train, htmlMode, params).entrySet()) {
      if (e.getValue() < floor.get(e.getKey())) {
        return false;
      }
    }
    return true;
  }

  /** Each source's corpus F1 on the given pages, sources in page order. */
  static Map<String, Double> sourceF1(List<Page> train, boolean htmlMode, RegionParams params) {
    Map<String, List<ShingleMetric.PageScore>> bySource = new LinkedHashMap<>();
    for (Page p : train) {
      bySource.computeIfAbsent(p.source, s -> new ArrayList<>()).add(p.score(htmlMode, params));
    }
    Map<String, Double> out = new LinkedHashMap<>();
    bySource.forEach((s, scores) -> out.put(s, ShingleMetric.corpus(scores).f1()));
    return out;
  }

  private static Record part(RegionParams params, String part) {
    return switch (part) {
      case "text" -> params.text();
      case "html" -> params.html();
      default -> params.fallback();
    };
  }

  private static double get(Record r, String field) {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      if (c.getName().equals(field)) {
        try {
          return ((Number) c.getAccessor().invoke(r)).doubleValue();
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalArgumentException(field);
  }

  /** {@code params} with one field of one part set (integers rounded, doubles to 4 digits). */
  static RegionParams with(RegionParams params, String part, String field, double value) {
    Record r = part(params, part);
    RecordComponent[] cs = r.getClass().getRecordComponents();
    Object[] values = new Object[cs.length];
    Class<?>[] types = new Class<?>[cs.length];
    try {
      for (int i = 0; i < cs.length; i++) {
        types[i] = cs[i].getType();
        values[i] = cs[i].getAccessor().invoke(r);
        if (cs[i].getName().equals(field)) {
          values[i] = types[i] == int.class ? (Object) (int) Math.round(value)
              : (Object) (Math.round(value * 10_000) / 10_000.0);
        }
      }
      Record changed = (Record) r.getClass().getDeclaredConstructor(types).newInstance(values);
      return switch (part) {
        case "text" -> new RegionParams((RegionParams.Preset) changed, params.html(),
            params.fallback());
        case "html" -> new RegionParams(params.text(), (RegionParams.Preset) changed,
            params.fallback());
        default -> new RegionParams(params.text(), params.html(),
            (RegionParams.Fallback) changed);
      };
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void printChanges(RegionParams from, RegionParams to) {
    for (String part : List.of("text", "html", "fallback")) {
      for (RecordComponent c : part(from, part).getClass().getRecordComponents()) {
        if (c.getType() == boolean.class) {
          continue;
        }
        double a = get(part(from, part), c.getName());
        double b = get(part(to, part), c.getName());
        if (a != b) {
          System.out.printf(Locale.ROOT, "  %s.%s: %s -> %s%n", part, c.getName(), a, b);
        }
      }
    }
  }

  /** The fold of a site: the first byte of SHA-256("site-fold:" + site), modulo the folds. */
  static int siteFold(String site, int folds) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest(("site-fold:" + site).getBytes(StandardCharsets.UTF_8));
      return (h[0] & 0xff) % folds;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The site of a page: the registrable domain of its URL ("www.bbc.co.uk" gives "bbc.co.uk"),
   * the host when it has none, or the page itself when the truth gives no URL.
   */
  static String site(String source, String id, String url) {
    try {
      String host = url == null || url.isBlank() ? null : URI.create(url.trim()).getHost();
      if (host == null) {
        return source + ":" + id;
      }
      host = host.toLowerCase(Locale.ROOT);
      InternetDomainName name = InternetDomainName.from(host);
      return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : host;
    } catch (IllegalArgumentException e) {
      return source + ":" + id;
    }
  }

  private static List<String> sources(List<Page> pages) {
    List<String> out = new ArrayList<>();
    for (Page p : pages) {
      if (!out.contains(p.source)) {
        out.add(p.source);
      }
    }
    return out;
  }

  static List<Page> load(List<Path> dirs) throws IOException {
    RegionReplay.Preparer preparer = new RegionReplay.Preparer(CleaningRules.standard());
    List<Page> pages = new ArrayList<>();
    for (Path dir : dirs) {
      for (DevPages.Page p : DevPages.of(dir)) {
        pages.add(new Page(p.source(), p.id(), p.site(), p.truth(), preparer.text(p.text()),
            preparer.html(p.html())));
      }
    }
    return pages;
  }

  /** Pages whose replay under {@code params} differs from the cleaner's own clean text. */
  private static int replayMismatches(List<Page> pages, RegionParams params, List<Path> dirs)
      throws IOException {
    ArticleCleaner cleaner = new ArticleCleaner(CleaningRules.standard(),
        io.claimsift.clean.CleaningLimits.standard(), params);
    int mismatches = 0;
    int i = 0;
    for (Path dir : dirs) {
      for (DevPages.Page raw : DevPages.of(dir)) {
        Page p = pages.get(i);
        if (!p.html.cleanText(p.html.keep(params)).equals(cleaner.cleanHtml(raw.html())
            .cleanText())
            || !p.text.cleanText(p.text.keep(params)).equals(
                cleaner.cleanText(raw.text()).cleanText())) {
          mismatches++;
          System.out.println("  replay differs: " + p.source + " " + p.id);
        }
        i++;
      }
    }
    return mismatches;
  }
}
