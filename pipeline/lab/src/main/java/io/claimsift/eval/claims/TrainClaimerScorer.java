package io.claimsift.eval.claims;

import io.claimsift.claims.attribution.AttributionFinder;
import io.claimsift.linear.LogisticModel;
import io.claimsift.claims.attribution.ClaimerScorer;
import io.claimsift.eval.BinaryCounts;
import io.claimsift.eval.ResultLine;
import io.claimsift.eval.TuneCheckSplit;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the claimer scorer ({@link LogisticModel}) on the {@code tune} documents of NewsClaims
 * JSONL files and writes it as JSON; prints its figures against the rules alone.
 *
 * <p>First a {@value #FOLDS}-fold cross-validation by document over the {@code tune} documents of
 * all files pooled ({@code RESULT claimer_scorer setting=cv half=tune}, per file), then the model
 * fitted on all {@code tune} documents, scored on each file's {@code check} half
 * ({@code setting=heldout half=check}); each line has {@code method=rules} and
 * {@code method=scorer} for the same claims. {@code check} documents are never trained on.
 * {@code RESULT claimer_candidates} says, per file and half, how many gold claimers some candidate
 * overlaps: the recall a perfect choice would reach. Deterministic (fixed seed, file order): the
 * same files give the same bytes. No model is committed and the pipeline does not use one: this one
 * did not beat the rules on both {@code check} halves (docs/quality.md, Attribution, "A learned scorer over candidate claimers").
 * Usage: {@code TrainClaimerScorer <model.json> <newsclaims.jsonl>...}.
 */
public final class TrainClaimerScorer {

  /** Cross-validation folds over the tune documents. */
  static final int FOLDS = 5;

  private static final PrintStream SILENT = new PrintStream(OutputStream.nullOutputStream());

  private TrainClaimerScorer() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: TrainClaimerScorer <model.json> <newsclaims.jsonl>...");
      System.exit(2);
    }
    Map<String, List<NewsClaimsFile.Document>> tune = new LinkedHashMap<>();
    Map<String, List<NewsClaimsFile.Document>> check = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String name = Path.of(args[i]).getFileName().toString().replaceFirst("\\.jsonl$", "");
      List<NewsClaimsFile.Document> docs = NewsClaimsFile.read(Path.of(args[i]));
      tune.put(name, docs.stream().filter(d -> !TuneCheckSplit.isCheck(d.id())).toList());
      check.put(name, docs.stream().filter(d -> TuneCheckSplit.isCheck(d.id())).toList());
    }
    ClaimerRankerTrainer trainer = ClaimerRankerTrainer.defaults();
    ClaimerTraining training = new ClaimerTraining(trainer);
    AttributionFinder rules = AttributionFinder.english();

    for (String name : tune.keySet()) {
      coverage(training, name, TuneCheckSplit.TUNE, tune.get(name));
      coverage(training, name, TuneCheckSplit.CHECK, check.get(name));
      ClaimerEval.Scores cv = crossValidate(training, tune, name);
      print(name, "cv", TuneCheckSplit.TUNE, "rules", ClaimerEval.evaluate(tune.get(name), rules, SILENT));
      print(name, "cv", TuneCheckSplit.TUNE, "scorer", cv);
    }
    List<NewsClaimsFile.Document> allTune = tune.values().stream().flatMap(List::stream).toList();
    String description = "conditional logit over ClaimerCandidates and none, " + trainer
        + ", trained on the tune documents of " + String.join(" and ", tune.keySet()) + " (" + allTune.size() + " documents)";
    LogisticModel model = training.fit(allTune, description);
    ClaimerScorer scorer = new ClaimerScorer(rules, model);
    for (String name : check.keySet()) {
      print(name, "heldout", TuneCheckSplit.CHECK, "rules", ClaimerEval.evaluate(check.get(name), rules, SILENT));
      ClaimerEval.Scores scored = ClaimerEval.evaluate(check.get(name), scorer::locate, SILENT);
      print(name, "heldout", TuneCheckSplit.CHECK, "scorer", scored);
    }
    model.write(Path.of(args[0]));
    System.out.println("wrote " + args[0] + ": " + model.size() + " weights, bias " + model.bias());
  }

  /** Scores on {@code name}'s tune documents, each fold by a model fitted on the other folds of all files. */
  private static ClaimerEval.Scores crossValidate(
      ClaimerTraining training, Map<String, List<NewsClaimsFile.Document>> tune, String name) {
    BinaryCounts exact = BinaryCounts.EMPTY;
    BinaryCounts overlap = BinaryCounts.EMPTY;
    for (int fold = 0; fold < FOLDS; fold++) {
      List<NewsClaimsFile.Document> train = new ArrayList<>();
      List<NewsClaimsFile.Document> held = new ArrayList<>();
      for (Map.Entry<String, List<NewsClaimsFile.Document>> e : tune.entrySet()) {
        for (NewsClaimsFile.Document d : e.getValue()) {
          boolean inFold = fold(e.getKey(), d.id()) == fold;
          if (!inFold) {
            train.add(d);
          } else if (e.getKey().equals(name)) {
            held.add(d);
          }
        }
      }
      LogisticModel model = training.fit(train, "fold " + fold);
      ClaimerEval.Scores s =
          ClaimerEval.evaluate(held, new ClaimerScorer(AttributionFinder.english(), model)::locate, SILENT);
      exact = exact.plus(s.exact());
      overlap = overlap.plus(s.overlap());
    }
    return new ClaimerEval.Scores(exact, overlap, Map.of());
  }

  private static void coverage(ClaimerTraining training, String file, String half, List<NewsClaimsFile.Document> docs) {
    long[] c = training.coverage(docs);
    System.out.println(ResultLine.of("claimer_candidates").put("file", file).put("half", half)
        .put("gold_claimers", c[0]).put("covered", c[1]).put("candidates", c[2]));
  }

  /** The fold of a document: the first byte of SHA-256("cv:" + file + ":" + id), modulo {@value #FOLDS}. */
  static int fold(String file, String id) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(("cv:" + file + ":" + id).getBytes(StandardCharsets.UTF_8));
      return (h[0] & 0xff) % FOLDS;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void print(String file, String setting, String half, String method, ClaimerEval.Scores s) {
    for (String match : List.of("exact", "overlap")) {
      BinaryCounts c = match.equals("exact") ? s.exact() : s.overlap();
      System.out.println(ResultLine.of("claimer_scorer").put("file", file).put("setting", setting).put("half", half)
          .put("method", method).put("match", match).put("f1", c.f1()).put("precision", c.precision())
          .put("recall", c.recall()));
    }
  }
}
