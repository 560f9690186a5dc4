package io.claimsift.eval.extraction;

import io.claimsift.clean.CleaningRules;
import io.claimsift.clean.ReadabilityVote;
import io.claimsift.clean.RegionParams;
import io.claimsift.clean.RegionReplay;
import io.claimsift.eval.ResultLine;
import io.claimsift.eval.TuneCheckSplit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The grid over the guards of Readability's vote ({@link ReadabilityVote}): for each HTML page of
 * the DEV folders, the cleaner's body with no vote and with each setting of minimum words,
 * Readability's agreement and the body's prose share, replayed on one preparation of the page
 * ({@link RegionReplay#keep(RegionParams, ReadabilityVote)}); F1 per source and half, then each
 * setting's summed tune gain over no vote and its worst source's. The standard setting was chosen
 * from the tune lines (docs/quality.md); the check lines are printed to report it, not to choose.
 *
 * <p>Usage: {@code TuneReadabilityVote DIR...}, each DIR an extraction DEV folder (ids.txt,
 * ground-truth.json, html/). About 3 minutes and 2 GB for the five DEV sources.
 */
public final class TuneReadabilityVote {

  static final int[] MIN_WORDS = {1, 4, 8};
  static final double[] MIN_AGREEMENT = {0, 0.5, 0.8, 0.95};
  static final double[] MIN_PROSE = {0, 0.5, 0.7, 0.85};
  static final String NONE = "none";

  private TuneReadabilityVote() {}

  /** The grid's settings by name, "none" (no vote) first. */
  static Map<String, ReadabilityVote> settings() {
    Map<String, ReadabilityVote> out = new LinkedHashMap<>();
    out.put(NONE, null);
    for (int w : MIN_WORDS) {
      for (double a : MIN_AGREEMENT) {
        for (double p : MIN_PROSE) {
          out.put(name(w, a, p), new ReadabilityVote(w, a, p));
        }
      }
    }
    return out;
  }

  static String name(int words, double agreement, double prose) {
    return String.format(Locale.ROOT, "w%d_a%.2f_p%.2f", words, agreement, prose);
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: TuneReadabilityVote DIR...");
      System.exit(2);
    }
    RegionReplay.Preparer preparer = new RegionReplay.Preparer(CleaningRules.standard());
    RegionParams params = RegionParams.standard();
    Map<String, ReadabilityVote> settings = settings();
    // scores.get(setting).get(source + "/" + half): the page scores
    Map<String, Map<String, List<ShingleMetric.PageScore>>> scores = new LinkedHashMap<>();
    List<String> sources = new ArrayList<>();
    for (String arg : args) {
      Path dir = Path.of(arg);
      String source = dir.getFileName().toString();
      sources.add(source);
      for (ExtractionEval.Page page : ExtractionEval.load(dir, "html")) {
        RegionReplay replay = preparer.html(page.input());
        String key = source + "/" + TuneCheckSplit.half(page.id());
        for (Map.Entry<String, ReadabilityVote> s : settings.entrySet()) {
          String text = replay.cleanText(replay.keep(params, s.getValue()));
          scores.computeIfAbsent(s.getKey(), k -> new LinkedHashMap<>())
              .computeIfAbsent(key, k -> new ArrayList<>())
              .add(ShingleMetric.page(page.id(), page.truth(), text));
        }
      }
    }
    Map<String, Double> noVoteTune = new LinkedHashMap<>();
    for (String source : sources) {
      noVoteTune.put(source, f1(scores.get(NONE), source, TuneCheckSplit.TUNE));
    }
    for (String setting : settings.keySet()) {
      double gain = 0;
      double worst = Double.POSITIVE_INFINITY;
      for (String source : sources) {
        for (String half : List.of(TuneCheckSplit.TUNE, TuneCheckSplit.CHECK)) {
          List<ShingleMetric.PageScore> part = scores.get(setting).get(source + "/" + half);
          ShingleMetric.Corpus c = ShingleMetric.corpus(part);
          System.out.println(ResultLine.of("readability-vote").put("setting", setting)
              .put("set", source).put("half", half).put("f1", c.f1())
              .put("pages", c.pages()).put("lost", ExtractionEval.lost(part)));
        }
        double g = f1(scores.get(setting), source, TuneCheckSplit.TUNE) - noVoteTune.get(source);
        gain += g;
        worst = Math.min(worst, g);
      }
      System.out.println(ResultLine.of("readability-vote-tune").put("setting", setting)
          .put("standard", String.valueOf(setting.equals(standardName())))
          .put("gain_tune_sum", String.format(Locale.ROOT, "%+.4f", gain))
          .put("gain_tune_worst_source", String.format(Locale.ROOT, "%+.4f", worst)));
    }
  }

  private static double f1(Map<String, List<ShingleMetric.PageScore>> bySourceHalf, String source,
      String half) {
    return ShingleMetric.corpus(bySourceHalf.get(source + "/" + half)).f1();
  }

  /** The standard preset's name in the grid. */
  static String standardName() {
    ReadabilityVote v = ReadabilityVote.standard();
    return name(v.minWords(), v.minAgreement(), v.minProseShare());
  }
}
