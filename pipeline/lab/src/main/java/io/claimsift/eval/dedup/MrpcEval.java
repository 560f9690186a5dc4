package io.claimsift.eval.dedup;

import io.claimsift.dedup.PairFeatures;
import io.claimsift.dedup.PairModel;
import io.claimsift.dedup.PairScreen;
import io.claimsift.dedup.SameClaimMatcher;
import io.claimsift.eval.BinaryCounts;
import io.claimsift.eval.ResultLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores the pairwise "same claim?" decision on MRPC-style labelled pairs.
 *
 * <ul>
 *   <li>{@code mode=cv}: 5-fold cross-validation on the training file (fold = pair index mod 5; the
 *       model is retrained with the committed recipe on the other four folds);
 *   <li>{@code mode=committed}: the committed model ({@code pair-model.tsv}) on the labelled file
 *       (the training file itself when none is given: then it is a training-set figure).
 * </ul>
 *
 * Each at two operating points, both with the pipeline's cheap screen (quantity/date veto, lexical
 * floor): {@code point=balanced} (model probability ≥ 0.5) and {@code point=default} (the pipeline's
 * full decision at {@link SameClaimMatcher.Rules#DEFAULT}, quantity rule included), plus {@code
 * point=model_only} (model probability ≥ 0.5 without the screen: what the model alone does on
 * MRPC, whose positives include pairs with different figures that the veto stops by design); and
 * on {@code subset=all} pairs and the {@code subset=number_consistent} pairs (same digit strings
 * on both sides).
 *
 * <p>Usage: {@code MrpcEval <train.tsv> [<labelled.tsv>] [--embedding-cache=FILE]}
 */
public final class MrpcEval {
  static final double BALANCED = 0.5;
  static final int FOLDS = 5;

  private MrpcEval() {}

  public static void main(String[] args) throws Exception {
    List<String> files = new ArrayList<>();
    for (String a : args) {
      if (!a.startsWith("--")) {
        files.add(a);
      }
    }
    if (files.isEmpty()) {
      System.err.println("usage: MrpcEval <train.tsv> [<labelled.tsv>] [--embedding-cache=FILE]");
      System.exit(2);
    }
    Path cache = TrainPairModel.cacheOption(args);
    SameClaimMatcher.Rules rules = SameClaimMatcher.Rules.DEFAULT;
    MrpcFeatures train = MrpcFeatures.of(Path.of(files.get(0)), cache, rules);
    PairModel[] foldModels = new PairModel[FOLDS];
    double[] cv = crossValidated(train, foldModels);
    report(train, cv, defaultDecisions(train, i -> new SameClaimMatcher(foldModels[i % FOLDS], rules)), "cv", rules);
    MrpcFeatures labelled = files.size() > 1 ? MrpcFeatures.of(Path.of(files.get(1)), cache, rules) : train;
    PairModel committed = PairModel.committed();
    double[] probabilities = new double[labelled.size()];
    for (int i = 0; i < labelled.size(); i++) {
      probabilities[i] = committed.probability(labelled.x[i]);
    }
    SameClaimMatcher committedMatcher = new SameClaimMatcher(committed, rules);
    boolean[] decisions = defaultDecisions(labelled, i -> committedMatcher);
    printWorst(labelled, probabilities, decisions);
    report(labelled, probabilities, decisions, "committed", rules);
  }

  /** Held-out probability of every pair, from models trained on the other folds. */
  static double[] crossValidated(MrpcFeatures f, PairModel[] foldModels) {
    double[] out = new double[f.size()];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<double[]> xs = new ArrayList<>();
      List<Boolean> ys = new ArrayList<>();
      for (int i = 0; i < f.size(); i++) {
        if (i % FOLDS != fold) {
          xs.add(f.x[i]);
          ys.add(f.y[i]);
        }
      }
      boolean[] y = new boolean[ys.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = ys.get(i);
      }
      PairModel m =
          PairModel.train(PairFeatures.NAMES, xs.toArray(new double[0][]), y, TrainPairModel.L2, TrainPairModel.STEPS);
      foldModels[fold] = m;
      for (int i = fold; i < f.size(); i += FOLDS) {
        out[i] = m.probability(f.x[i]);
      }
    }
    return out;
  }

  /** The pipeline's full decision (screen, model at the default point, quantity rule) per pair. */
  static boolean[] defaultDecisions(MrpcFeatures f, java.util.function.IntFunction<SameClaimMatcher> matcherFor) {
    boolean[] out = new boolean[f.size()];
    for (int i = 0; i < f.size(); i++) {
      out[i] = matcherFor.apply(i).same(f.signals[i][0], f.signals[i][1], f.vectors[i][0], f.vectors[i][1]);
    }
    return out;
  }

  private static void report(MrpcFeatures f, double[] p, boolean[] defaults, String mode, SameClaimMatcher.Rules rules) {
    for (String subset : List.of("all", "number_consistent")) {
      for (String point : List.of("balanced", "default", "model_only")) {
        double threshold = point.equals("default") ? rules.acceptProbability() : BALANCED;
        BinaryCounts counts = BinaryCounts.EMPTY;
        for (int i = 0; i < f.size(); i++) {
          if (subset.equals("all") || f.numberConsistent[i]) {
            boolean merged =
                switch (point) {
                  case "balanced" -> f.screen[i] == PairScreen.SCORE && p[i] >= threshold;
                  case "default" -> defaults[i];
                  default -> p[i] >= threshold;
                };
            counts = counts.add(merged, f.y[i]);
          }
        }
        System.out.println(
            ResultLine.of("dedup-mrpc")
                .put("mode", mode)
                .put("subset", subset)
                .put("point", point)
                .put("threshold", threshold)
                .put("pairs", counts.total())
                .put("accuracy", counts.accuracy())
                .put("precision", counts.precision())
                .put("recall", counts.recall())
                .put("f1", counts.f1()));
      }
    }
  }

  private static void printWorst(MrpcFeatures f, double[] p, boolean[] decisions) {
    List<Integer> fp = new ArrayList<>();
    List<Integer> vetoedPositives = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) {
      if (!f.y[i] && decisions[i]) {
        fp.add(i);
      }
      if (f.y[i] && f.screen[i] != PairScreen.SCORE) {
        vetoedPositives.add(i);
      }
    }
    fp.sort(Comparator.comparingDouble((Integer i) -> -p[i]).thenComparingInt(i -> i));
    System.out.printf(Locale.ROOT, "false merges at the default point: %d; worst:%n", fp.size());
    for (int i : fp.subList(0, Math.min(8, fp.size()))) {
      MrpcPairs.Pair pair = f.data.pairs().get(i);
      System.out.printf(Locale.ROOT, "  p=%.3f | %s | %s%n", p[i], pair.first(), pair.second());
    }
    System.out.printf(Locale.ROOT, "positives stopped by the screen (veto or lexical floor): %d; e.g.:%n", vetoedPositives.size());
    for (int i : vetoedPositives.subList(0, Math.min(5, vetoedPositives.size()))) {
      MrpcPairs.Pair pair = f.data.pairs().get(i);
      System.out.printf(Locale.ROOT, "  %s | %s | %s%n", f.screen[i], pair.first(), pair.second());
    }
  }
}
