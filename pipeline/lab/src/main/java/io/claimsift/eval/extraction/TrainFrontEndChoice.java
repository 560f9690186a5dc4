package io.claimsift.eval.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.claimsift.clean.ArticleCleaner;
import io.claimsift.clean.CleaningLimits;
import io.claimsift.clean.CleaningRules;
import io.claimsift.clean.RegionParams;
import io.claimsift.clean.RegionReplay;
import io.claimsift.eval.ResultLine;
import io.claimsift.eval.TuneCheckSplit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Studies and fits a learned choice between the two front ends of an HTML page: the HTML front
 * end's body or the text front end's body of the page's rendered text (what the sanity check of
 * {@code TextFallback} falls back to).
 *
 * <p>For every HTML page of every data folder: the cleaner's body (the HTML front end's, or the
 * text front end's where the sanity check already fell back), the text front end's body, the F1 of
 * each against the truth and the page's {@link FrontEndFeatures}. Printed first ({@code RESULT
 * front-end-oracle}), per source and half: the F1 and lost articles of the cleaner, of the text
 * body on every page and of an oracle that takes the better body per page, with the oracle's F1
 * when it may switch only pages under a gate (fewer sentence-like HTML letters than 250, 500,
 * 1,000, 2,000, 4,000), and a paragraph oracle ({@link #trimmed}: the HTML body without the
 * paragraphs only it keeps that are mostly not in the truth), the headroom of a vote per
 * paragraph rather than a choice of the whole body.
 *
 * <p>The model predicts "the text body is better" on pages where the sanity check did not fall
 * back and, with {@code --gate N}, whose HTML body has fewer than N sentence-like letters (the text
 * front end would then run only on those pages). Each page is weighted by the F1 difference of
 * the two bodies, so that pages where both are equal do not count. Two kinds, both deterministic:
 * logistic regression with L2 ({@code --lambda}, default 1) on features standardised by the
 * training pages, {@value #NEWTON_STEPS} Newton steps from zero, the text body taken when the
 * score is above {@code --margin} (default 0); or, with {@code --depth D}, a regression tree of
 * depth D on the F1 gain (splits maximise the summed gain of the leaves that take the text body,
 * at least {@code --min-leaf} pages per leaf, default 10; ties keep the first feature and
 * threshold).
 *
 * <p>Reported: cross-validation grouped by site (5 folds by SHA-256 of the site, as {@link
 * TrainBodyRegion}), on the tune halves only ({@code pages_of=tune}: for choosing the options)
 * and on all pages; {@code --grid} adds the tune-half cross-validation of a fixed grid of options
 * ({@code RESULT front-end-choice-grid}). Then the fit on the tune halves of all sources, scored
 * on both halves of every source ({@code RESULT train-front-end-choice}), written to OUT.json.
 * {@code --table FILE} writes one line per page (source, id, half, site, both F1s, features);
 * read only its tune rows.
 *
 * <p>{@code --paragraph-vote} adds a probe of a learned vote per paragraph instead of a choice of
 * the whole body ({@link #paragraphVote}): the first probe's target (with {@code --lambda} and
 * {@code --margin}), then the page-F1 target over a small grid of features, L2 and margins.
 *
 * <p>Usage: {@code TrainFrontEndChoice [--gate N] [--lambda X] [--margin M] [--depth D]
 * [--min-leaf M] [--grid] [--paragraph-vote] [--table FILE] DATA_DIR... OUT.json}.
 */
public final class TrainFrontEndChoice {

  /** Newton steps of the logistic fit: fixed, so that the result needs no tolerance. */
  static final int NEWTON_STEPS = 30;
  /** Cross-validation folds (by site). */
  static final int FOLDS = 5;
  /** A page whose F1 moves by more than this counts as better or worse. */
  static final double CHANGED = 0.001;

  private TrainFrontEndChoice() {}

  /** One page: its scores under both bodies and its features. */
  record Page(String source, String id, String site, boolean fellBack,
      ShingleMetric.PageScore current, ShingleMetric.PageScore text,
      ShingleMetric.PageScore trimmed, double[] features, Vote vote) {
    boolean check() {
      return TuneCheckSplit.isCheck(id);
    }

    /** How much better the text body is (F1, may be negative). */
    double gain() {
      return text.f1() - current.f1();
    }

    long htmlSentenceLetters() {
      return FrontEndFeatures.htmlSentenceLetters(features);
    }
  }

  /** The options of a fit. {@code depth} 0: logistic regression. */
  record Options(long gate, double lambda, double margin, int depth, int minLeaf) {
    boolean under(Page p) {
      return !p.fellBack() && p.htmlSentenceLetters() < gate;
    }

    @Override
    public String toString() {
      return depth == 0
          ? String.format(Locale.ROOT, "gate=%s lambda=%s margin=%s", gateName(), lambda, margin)
          : String.format(Locale.ROOT, "gate=%s tree depth=%d min_leaf=%d", gateName(), depth,
              minLeaf);
    }

    String gateName() {
      return gate == Long.MAX_VALUE ? "none" : Long.toString(gate);
    }
  }

  /** A fitted choice: a score per feature vector, the text body taken above 0. */
  interface Model {
    double score(double[] x);

    Map<String, Object> describe();
  }

  public static void main(String[] args) throws IOException {
    long gate = Long.MAX_VALUE;
    double lambda = 1;
    double margin = 0;
    int depth = 0;
    int minLeaf = 10;
    boolean grid = false;
    boolean paragraphVote = false;
    Path table = null;
    List<Path> dirs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--gate" -> gate = Long.parseLong(args[++i]);
        case "--lambda" -> lambda = Double.parseDouble(args[++i]);
        case "--margin" -> margin = Double.parseDouble(args[++i]);
        case "--depth" -> depth = Integer.parseInt(args[++i]);
        case "--min-leaf" -> minLeaf = Integer.parseInt(args[++i]);
        case "--grid" -> grid = true;
        case "--paragraph-vote" -> paragraphVote = true;
        case "--table" -> table = Path.of(args[++i]);
        default -> dirs.add(Path.of(args[i]));
      }
    }
    if (dirs.size() < 2) {
      System.err.println("usage: TrainFrontEndChoice [--gate N] [--lambda X] [--margin M]"
          + " [--depth D] [--min-leaf M] [--grid] [--paragraph-vote] [--table FILE]"
          + " DATA_DIR... OUT.json");
      System.exit(2);
    }
    Path out = dirs.remove(dirs.size() - 1);
    Options options = new Options(gate, lambda, margin, depth, minLeaf);
    List<Page> pages = load(dirs);
    Map<String, Integer> fold = new HashMap<>();
    for (Page p : pages) {
      fold.computeIfAbsent(p.site(), s -> TrainBodyRegion.siteFold(s, FOLDS));
    }
    System.out.println("pages: " + pages.size() + ", sites: " + fold.size()
        + " (on every page the replayed body is the cleaner's own)");
    if (table != null) {
      writeTable(pages, table);
    }
    headroom(pages);

    if (grid) {
      for (Options o : grid()) {
        Map<Page, Boolean> picks = crossValidate(pages, fold, o, true);
        List<Page> picked = pages.stream().filter(p -> picks.getOrDefault(p, false)).toList();
        ResultLine line = ResultLine.of("front-end-choice-grid")
            .put("options", o.toString().replace(' ', ','))
            .put("gain", picked.stream().mapToDouble(Page::gain).sum())
            .put("text_taken", picked.size())
            .put("better", picked.stream().filter(p -> p.gain() > CHANGED).count())
            .put("worse", picked.stream().filter(p -> p.gain() < -CHANGED).count());
        System.out.println(line);
      }
    }

    if (paragraphVote) {
      paragraphVote(pages, fold, options.lambda(), options.margin());
    }

    System.out.println("options: " + options + ", pages the model may switch: "
        + pages.stream().filter(options::under).count());
    for (boolean tuneOnly : new boolean[] {true, false}) {
      Map<Page, Boolean> picks = crossValidate(pages, fold, options, tuneOnly);
      for (String source : sources(pages)) {
        List<Page> part = pages.stream()
            .filter(p -> p.source().equals(source) && picks.containsKey(p)).toList();
        System.out.println(compare("train-front-end-choice-cv", part, picks)
            .put("pages_of", tuneOnly ? "tune" : "all")
            .put("source", source));
      }
    }

    Model fitted = fit(pages, p -> options.under(p) && !p.check(), options);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("options", options.toString());
    json.put("features", FrontEndFeatures.NAMES);
    json.put("model", fitted.describe());
    Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
    System.out.println("fitted on the tune halves: " + out);
    Map<Page, Boolean> picks = new HashMap<>();
    for (Page p : pages) {
      picks.put(p, options.under(p) && fitted.score(p.features()) > 0);
    }
    for (String source : sources(pages)) {
      for (String half : List.of(TuneCheckSplit.TUNE, TuneCheckSplit.CHECK)) {
        List<Page> part = pages.stream().filter(p -> p.source().equals(source)
            && TuneCheckSplit.half(p.id()).equals(half)).toList();
        System.out.println(compare("train-front-end-choice", part, picks)
            .put("source", source)
            .put("half", half));
      }
    }
  }

  /**
   * One option set of the paragraph-vote probe: the training target ({@code f1}: the change of
   * the page's F1 when the paragraph alone is dropped; {@code letters}: the first probe's "mostly
   * not in the truth", weighted by letters), the number of features used (the first {@value
   * Vote#BASE_FEATURES} of {@link Vote#FEATURES}, or all), L2 and the margin on the logit (drop
   * only when the probability is above 1 / (1 + e^-margin)).
   */
  record VoteOptions(String target, int features, double lambda, double margin) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "target=%s,features=%d,lambda=%s,margin=%s", target,
          features, lambda, margin);
    }
  }

  /** The option sets {@code --paragraph-vote} reports: both targets, then a small grid. */
  static List<VoteOptions> voteGrid(double lambda, double margin) {
    List<VoteOptions> out = new ArrayList<>();
    out.add(new VoteOptions("letters", Vote.BASE_FEATURES, lambda, margin));
    for (int features : new int[] {Vote.BASE_FEATURES, Vote.FEATURES.size()}) {
      for (double l : new double[] {0.01, 0.1, 1}) {
        for (double m : new double[] {0, 0.5, 1}) {
          out.add(new VoteOptions("f1", features, l, m));
        }
      }
    }
    return out;
  }

  /**
   * A probe of a learned vote per paragraph ({@code --paragraph-vote}): on pages where the sanity
   * check did not fall back, each paragraph only the HTML body keeps is dropped when a logistic
   * model ({@link Vote#FEATURES}) says so. First the oracle of the page-F1 label (drop every
   * paragraph whose drop alone raises its page's F1; {@code RESULT paragraph-vote-label}); then for
   * each option set of {@link #voteGrid}: site-grouped cross-validation on the tune halves, then
   * the tune fit on both halves ({@code RESULT paragraph-vote}).
   */
  static void paragraphVote(List<Page> pages, Map<String, Integer> fold, double lambda,
      double margin) {
    for (String source : sources(pages)) {
      for (String half : List.of(TuneCheckSplit.TUNE, TuneCheckSplit.CHECK)) {
        List<ShingleMetric.PageScore> base = new ArrayList<>();
        List<ShingleMetric.PageScore> label = new ArrayList<>();
        for (Page p : pages) {
          if (p.source().equals(source) && TuneCheckSplit.half(p.id()).equals(half)) {
            base.add(p.current());
            label.add(p.vote() == null ? p.current() : p.vote().labelOracle(p.id()));
          }
        }
        System.out.println(ResultLine.of("paragraph-vote-label")
            .put("source", source)
            .put("half", half)
            .put("f1_today", ShingleMetric.corpus(base).f1())
            .put("f1_label_oracle", ShingleMetric.corpus(label).f1())
            .put("lost_today", ExtractionEval.lost(base))
            .put("lost_label_oracle", ExtractionEval.lost(label))
            .put("pages", base.size()));
      }
    }
    for (VoteOptions o : voteGrid(lambda, margin)) {
      Map<Page, ShingleMetric.PageScore> cv = new HashMap<>();
      for (int k = 0; k < FOLDS; k++) {
        int held = k;
        Logistic m = Vote.fit(pages, p -> !p.check() && fold.get(p.site()) != held, o);
        for (Page p : pages) {
          if (!p.check() && fold.get(p.site()) == held) {
            cv.put(p, p.vote() == null ? p.current() : p.vote().score(p.id(), m));
          }
        }
      }
      Logistic tuned = Vote.fit(pages, p -> !p.check(), o);
      for (String source : sources(pages)) {
        for (String half : List.of(TuneCheckSplit.TUNE, TuneCheckSplit.CHECK)) {
          List<ShingleMetric.PageScore> base = new ArrayList<>();
          List<ShingleMetric.PageScore> cross = new ArrayList<>();
          List<ShingleMetric.PageScore> fitted = new ArrayList<>();
          int dropped = 0;
          int better = 0;
          int worse = 0;
          for (Page p : pages) {
            if (p.source().equals(source) && TuneCheckSplit.half(p.id()).equals(half)) {
              base.add(p.current());
              if (cv.containsKey(p)) {
                cross.add(cv.get(p));
              }
              ShingleMetric.PageScore s = p.vote() == null ? p.current()
                  : p.vote().score(p.id(), tuned);
              fitted.add(s);
              dropped += p.vote() == null ? 0 : p.vote().drops(tuned).size();
              better += s.f1() > p.current().f1() + CHANGED ? 1 : 0;
              worse += s.f1() < p.current().f1() - CHANGED ? 1 : 0;
            }
          }
          double today = ShingleMetric.corpus(base).f1();
          ResultLine line = ResultLine.of("paragraph-vote")
              .put("options", o.toString())
              .put("source", source)
              .put("half", half)
              .put("f1_today", today)
              .put("f1_tune_fit", ShingleMetric.corpus(fitted).f1())
              .put("lost_today", ExtractionEval.lost(base))
              .put("lost_tune_fit", ExtractionEval.lost(fitted))
              .put("gain_tune_fit", String.format(Locale.ROOT, "%+.4f",
                  ShingleMetric.corpus(fitted).f1() - today))
              .put("dropped_tune_fit", dropped)
              .put("better_tune_fit", better)
              .put("worse_tune_fit", worse);
          if (!cross.isEmpty()) {
            line.put("f1_cv", ShingleMetric.corpus(cross).f1())
                .put("gain_cv", String.format(Locale.ROOT, "%+.4f",
                    ShingleMetric.corpus(cross).f1() - today))
                .put("lost_cv", ExtractionEval.lost(cross));
          }
          System.out.println(line.put("pages", base.size()));
        }
      }
    }
  }

  /**
   * One page's paragraphs for the paragraph-vote probe: the HTML body's kept texts, and for each
   * paragraph only the HTML body keeps (a candidate), its features and two signed targets: {@code
   * f1Gain}, the change of the page's F1 when that paragraph alone is dropped (positive: dropping
   * it is right; its size is the weight); {@code letterGain}, the first probe's target (its
   * letters / 1,000, positive when its shingles are mostly not in the truth).
   */
  record Vote(String truth, List<String> kept, int[] candidates, double[][] x,
      double[] letterGain, double[] f1Gain) {

    static final List<String> FEATURES = List.of("letters", "sentence_end", "link_density",
        "in_main", "after_shared", "before_shared", "distance_to_shared", "page_html_shared",
        "page_letter_ratio", "share_of_body", "body_letters", "position_in_body");
    /** The first probe's features: the first nine. */
    static final int BASE_FEATURES = 9;

    static Vote of(RegionReplay.Alternatives alt, String truth, int sentenceParagraph) {
      java.util.Set<String> textKept = new java.util.HashSet<>();
      for (RegionReplay.Paragraph p : alt.rendered()) {
        if (p.kept()) {
          textKept.add(p.text());
        }
      }
      double[] page = FrontEndFeatures.of(alt.html(), alt.rendered(), sentenceParagraph);
      List<Integer> shared = new ArrayList<>();
      List<String> kept = new ArrayList<>();
      List<Integer> htmlIndex = new ArrayList<>();
      long bodyLetters = 0;
      for (int i = 0; i < alt.html().size(); i++) {
        RegionReplay.Paragraph p = alt.html().get(i);
        if (p.kept()) {
          kept.add(p.text());
          htmlIndex.add(i);
          bodyLetters += p.letters();
          if (textKept.contains(p.text())) {
            shared.add(i);
          }
        }
      }
      Map<List<String>, Integer> truthShingles =
          ShingleMetric.shingles(ShingleMetric.words(truth), ShingleMetric.SHINGLE_SIZE);
      double f1 = ShingleMetric.page("", truth, join(kept, java.util.Set.of())).f1();
      List<Integer> cand = new ArrayList<>();
      List<double[]> rows = new ArrayList<>();
      List<Double> letterGains = new ArrayList<>();
      List<Double> f1Gains = new ArrayList<>();
      for (int k = 0; k < kept.size(); k++) {
        int i = htmlIndex.get(k);
        RegionReplay.Paragraph p = alt.html().get(i);
        if (textKept.contains(p.text())) {
          continue;
        }
        int distance = Integer.MAX_VALUE;
        for (int j : shared) {
          distance = Math.min(distance, Math.abs(j - i));
        }
        boolean after = shared.isEmpty() || i > shared.get(shared.size() - 1);
        boolean before = !shared.isEmpty() && i < shared.get(0);
        rows.add(new double[] {Math.log1p(p.letters()), p.sentenceEnd() ? 1 : 0,
            p.linkDensity(), p.inMain() ? 1 : 0, after ? 1 : 0, before ? 1 : 0,
            Math.log1p(shared.isEmpty() ? alt.html().size() : distance),
            page[FrontEndFeatures.NAMES.indexOf("html_shared")],
            page[FrontEndFeatures.NAMES.indexOf("letter_ratio")],
            (double) p.letters() / Math.max(1, bodyLetters), Math.log1p(bodyLetters),
            kept.size() == 1 ? 0 : (double) k / (kept.size() - 1)});
        double w = Math.max(1, p.letters()) / 1000.0;
        letterGains.add(mostlyNotInTruth(p.text(), truthShingles) ? w : -w);
        f1Gains.add(ShingleMetric.page("", truth, join(kept, java.util.Set.of(k))).f1() - f1);
        cand.add(k);
      }
      return new Vote(truth, List.copyOf(kept), cand.stream().mapToInt(Integer::intValue)
          .toArray(), rows.toArray(new double[0][]),
          letterGains.stream().mapToDouble(Double::doubleValue).toArray(),
          f1Gains.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The kept texts but those at {@code drop}, joined as the cleaner joins paragraphs. */
    private static String join(List<String> kept, java.util.Set<Integer> drop) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < kept.size(); k++) {
        if (!drop.contains(k)) {
          if (text.length() > 0) {
            text.append("\n\n");
          }
          text.append(kept.get(k));
        }
      }
      return text.toString();
    }

    /**
     * The kept paragraphs (indexes into {@code kept}) that {@code m} votes out; a model of fewer
     * features reads the first ones.
     */
    java.util.Set<Integer> drops(Logistic m) {
      java.util.Set<Integer> drop = new java.util.TreeSet<>();
      for (int c = 0; c < candidates.length; c++) {
        if (m.score(x[c]) > 0) {
          drop.add(candidates[c]);
        }
      }
      return drop;
    }

    /** The page's score when the paragraphs {@code m} votes out are dropped. */
    ShingleMetric.PageScore score(String id, Logistic m) {
      return ShingleMetric.page(id, truth, join(kept, drops(m)));
    }

    /** The page's score when every candidate whose drop alone raises the page's F1 is dropped. */
    ShingleMetric.PageScore labelOracle(String id) {
      java.util.Set<Integer> drop = new java.util.TreeSet<>();
      for (int c = 0; c < candidates.length; c++) {
        if (f1Gain[c] > 0) {
          drop.add(candidates[c]);
        }
      }
      return ShingleMetric.page(id, truth, join(kept, drop));
    }

    static Logistic fit(List<Page> pages, Predicate<Page> training, VoteOptions o) {
      List<double[]> rows = new ArrayList<>();
      List<Double> gains = new ArrayList<>();
      for (Page p : pages) {
        if (p.vote() != null && training.test(p)) {
          for (int c = 0; c < p.vote().candidates().length; c++) {
            rows.add(Arrays.copyOf(p.vote().x()[c], o.features()));
            gains.add(o.target().equals("f1") ? p.vote().f1Gain()[c]
                : p.vote().letterGain()[c]);
          }
        }
      }
      return Logistic.fit(rows.toArray(new double[0][]),
          gains.stream().mapToDouble(Double::doubleValue).toArray(), o.lambda(), o.margin());
    }
  }

  /** The options of {@code --grid}: logistic and tree fits, with and without a gate. */
  static List<Options> grid() {
    List<Options> out = new ArrayList<>();
    for (long gate : new long[] {1000, 4000, Long.MAX_VALUE}) {
      for (double lambda : new double[] {0.3, 1, 3, 10, 30}) {
        for (double margin : new double[] {0, 1, 2}) {
          out.add(new Options(gate, lambda, margin, 0, 0));
        }
      }
      for (int depth = 1; depth <= 3; depth++) {
        for (int minLeaf : new int[] {5, 10, 20}) {
          out.add(new Options(gate, 0, 0, depth, minLeaf));
        }
      }
    }
    return out;
  }

  /**
   * Each page's choice when its site's fold is held out: fitted on the other folds' pages under
   * the options' gate (tune halves only when {@code tuneOnly}; then only tune pages are chosen).
   */
  static Map<Page, Boolean> crossValidate(List<Page> pages, Map<String, Integer> fold,
      Options options, boolean tuneOnly) {
    Map<Page, Boolean> picks = new HashMap<>();
    for (int k = 0; k < FOLDS; k++) {
      int held = k;
      Model m = fit(pages, p -> options.under(p) && fold.get(p.site()) != held
          && (!tuneOnly || !p.check()), options);
      for (Page p : pages) {
        if (fold.get(p.site()) == held && (!tuneOnly || !p.check())) {
          picks.put(p, options.under(p) && m.score(p.features()) > 0);
        }
      }
    }
    return picks;
  }

  /** F1 and lost articles of the cleaner's bodies against the chosen ones. */
  private static ResultLine compare(String name, List<Page> part, Map<Page, Boolean> picks) {
    List<ShingleMetric.PageScore> base = new ArrayList<>();
    List<ShingleMetric.PageScore> chosen = new ArrayList<>();
    int taken = 0;
    int better = 0;
    int worse = 0;
    for (Page p : part) {
      base.add(p.current());
      boolean text = picks.get(p);
      chosen.add(text ? p.text() : p.current());
      if (text) {
        taken++;
        better += p.gain() > CHANGED ? 1 : 0;
        worse += p.gain() < -CHANGED ? 1 : 0;
      }
    }
    return ResultLine.of(name)
        .put("f1_today", ShingleMetric.corpus(base).f1())
        .put("f1_chosen", ShingleMetric.corpus(chosen).f1())
        .put("lost_today", ExtractionEval.lost(base))
        .put("lost_chosen", ExtractionEval.lost(chosen))
        .put("text_taken", taken)
        .put("better", better)
        .put("worse", worse)
        .put("pages", part.size());
  }

  /** Per source and half: the cleaner, the text body everywhere, the oracle, gated oracles. */
  private static void headroom(List<Page> pages) {
    long[] gates = {250, 500, 1000, 2000, 4000, Long.MAX_VALUE};
    for (String source : sources(pages)) {
      for (String half : List.of(TuneCheckSplit.TUNE, TuneCheckSplit.CHECK)) {
        List<ShingleMetric.PageScore> today = new ArrayList<>();
        List<ShingleMetric.PageScore> text = new ArrayList<>();
        List<ShingleMetric.PageScore> trimmed = new ArrayList<>();
        List<List<ShingleMetric.PageScore>> oracle = new ArrayList<>();
        for (int i = 0; i < gates.length; i++) {
          oracle.add(new ArrayList<>());
        }
        int fellBack = 0;
        for (Page p : pages) {
          if (!p.source().equals(source) || !TuneCheckSplit.half(p.id()).equals(half)) {
            continue;
          }
          today.add(p.current());
          text.add(p.text());
          trimmed.add(p.trimmed());
          fellBack += p.fellBack() ? 1 : 0;
          for (int i = 0; i < gates.length; i++) {
            boolean under = !p.fellBack() && p.htmlSentenceLetters() < gates[i];
            oracle.get(i).add(under && p.gain() > 0 ? p.text() : p.current());
          }
        }
        ResultLine line = ResultLine.of("front-end-oracle")
            .put("source", source)
            .put("half", half)
            .put("f1_today", ShingleMetric.corpus(today).f1())
            .put("f1_text", ShingleMetric.corpus(text).f1())
            .put("f1_oracle", ShingleMetric.corpus(oracle.get(gates.length - 1)).f1())
            .put("lost_today", ExtractionEval.lost(today))
            .put("lost_text", ExtractionEval.lost(text))
            .put("lost_oracle", ExtractionEval.lost(oracle.get(gates.length - 1)))
            .put("f1_paragraph_oracle", ShingleMetric.corpus(trimmed).f1())
            .put("lost_paragraph_oracle", ExtractionEval.lost(trimmed))
            .put("fell_back", fellBack)
            .put("pages", today.size());
        for (int i = 0; i + 1 < gates.length; i++) {
          line.put("oracle_under_" + gates[i], ShingleMetric.corpus(oracle.get(i)).f1());
        }
        System.out.println(line);
      }
    }
  }

  static Model fit(List<Page> pages, Predicate<Page> training, Options options) {
    List<Page> train = pages.stream().filter(training).toList();
    double[][] x = new double[train.size()][];
    double[] gain = new double[train.size()];
    for (int r = 0; r < train.size(); r++) {
      x[r] = train.get(r).features();
      gain[r] = train.get(r).gain();
    }
    return options.depth() == 0
        ? Logistic.fit(x, gain, options.lambda(), options.margin())
        : Tree.fit(x, gain, options.depth(), options.minLeaf());
  }

  /** Logistic regression with L2 on standardised features; the score: the logit minus a margin. */
  record Logistic(double[] mean, double[] scale, double[] weights, double bias, double margin)
      implements Model {

    @Override
    public double score(double[] x) {
      double s = bias;
      for (int i = 0; i < weights.length; i++) {
        s += weights[i] * (x[i] - mean[i]) / scale[i];
      }
      return s - margin;
    }

    @Override
    public Map<String, Object> describe() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("kind", "logistic");
      out.put("bias", bias);
      out.put("margin", margin);
      out.put("mean", mean);
      out.put("scale", scale);
      out.put("weights", weights);
      return out;
    }

    /**
     * Label: gain above 0; weight: |gain|. Standardised by the (unweighted) training rows' mean
     * and deviation; {@value #NEWTON_STEPS} Newton steps from zero; the bias is not penalised.
     */
    static Logistic fit(double[][] rows, double[] gain, double lambda, double margin) {
      int n = rows.length;
      int d = n == 0 ? FrontEndFeatures.NAMES.size() : rows[0].length;
      double[] mean = new double[d];
      double[] scale = new double[d];
      for (double[] row : rows) {
        for (int i = 0; i < d; i++) {
          mean[i] += row[i] / Math.max(1, n);
        }
      }
      for (double[] row : rows) {
        for (int i = 0; i < d; i++) {
          scale[i] += (row[i] - mean[i]) * (row[i] - mean[i]) / Math.max(1, n);
        }
      }
      for (int i = 0; i < d; i++) {
        scale[i] = scale[i] > 1e-18 ? Math.sqrt(scale[i]) : 1;
      }
      double[][] z = new double[n][d + 1];
      for (int r = 0; r < n; r++) {
        for (int i = 0; i < d; i++) {
          z[r][i] = (rows[r][i] - mean[i]) / scale[i];
        }
        z[r][d] = 1;
      }
      double[] beta = new double[d + 1];
      for (int step = 0; step < NEWTON_STEPS; step++) {
        double[] grad = new double[d + 1];
        double[][] hess = new double[d + 1][d + 1];
        for (int r = 0; r < n; r++) {
          double w = Math.abs(gain[r]);
          if (w == 0) {
            continue;
          }
          double logit = 0;
          for (int i = 0; i <= d; i++) {
            logit += beta[i] * z[r][i];
          }
          double prob = 1 / (1 + Math.exp(-logit));
          double g = w * (prob - (gain[r] > 0 ? 1 : 0));
          double h = w * prob * (1 - prob);
          for (int i = 0; i <= d; i++) {
            grad[i] += g * z[r][i];
            for (int j = 0; j <= d; j++) {
              hess[i][j] += h * z[r][i] * z[r][j];
            }
          }
        }
        for (int i = 0; i < d; i++) {
          grad[i] += lambda * beta[i];
          hess[i][i] += lambda;
        }
        hess[d][d] += 1e-6;
        double[] delta = solve(hess, grad);
        for (int i = 0; i <= d; i++) {
          beta[i] -= delta[i];
        }
      }
      return new Logistic(mean, scale, Arrays.copyOf(beta, d), beta[d], margin);
    }
  }

  /** A regression tree on the gain: a leaf takes the text body when its gains sum above 0. */
  record Tree(int feature, double threshold, Tree below, Tree above, double leafGain)
      implements Model {

    @Override
    public double score(double[] x) {
      Tree t = this;
      while (t.below != null) {
        t = x[t.feature] <= t.threshold ? t.below : t.above;
      }
      return t.leafGain;
    }

    @Override
    public Map<String, Object> describe() {
      Map<String, Object> out = new LinkedHashMap<>();
      if (below == null) {
        out.put("leaf_gain", leafGain);
        return out;
      }
      out.put("feature", FrontEndFeatures.NAMES.get(feature));
      out.put("at_most", threshold);
      out.put("below", below.describe());
      out.put("above", above.describe());
      return out;
    }

    static Tree fit(double[][] rows, double[] gain, int depth, int minLeaf) {
      double total = 0;
      for (double g : gain) {
        total += g;
      }
      Tree leaf = new Tree(-1, 0, null, null, total);
      if (depth == 0 || rows.length < 2 * minLeaf) {
        return leaf;
      }
      double best = Math.max(total, 0) + 1e-9;
      int bestFeature = -1;
      double bestThreshold = 0;
      int d = FrontEndFeatures.NAMES.size();
      for (int f = 0; f < d; f++) {
        int feature = f;
        Integer[] order = new Integer[rows.length];
        for (int i = 0; i < order.length; i++) {
          order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(rows[a][feature], rows[b][feature]));
        double below = 0;
        for (int i = 0; i + 1 < order.length; i++) {
          below += gain[order[i]];
          double x0 = rows[order[i]][feature];
          double x1 = rows[order[i + 1]][feature];
          if (i + 1 < minLeaf || order.length - i - 1 < minLeaf || x0 == x1) {
            continue;
          }
          double value = Math.max(below, 0) + Math.max(total - below, 0);
          if (value > best) {
            best = value;
            bestFeature = feature;
            bestThreshold = (x0 + x1) / 2;
          }
        }
      }
      if (bestFeature < 0) {
        return leaf;
      }
      List<Integer> lo = new ArrayList<>();
      List<Integer> hi = new ArrayList<>();
      for (int i = 0; i < rows.length; i++) {
        (rows[i][bestFeature] <= bestThreshold ? lo : hi).add(i);
      }
      return new Tree(bestFeature, bestThreshold, fit(pick(rows, lo), pick(gain, lo), depth - 1,
          minLeaf), fit(pick(rows, hi), pick(gain, hi), depth - 1, minLeaf), total);
    }

    private static double[][] pick(double[][] rows, List<Integer> idx) {
      double[][] out = new double[idx.size()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = rows[idx.get(i)];
      }
      return out;
    }

    private static double[] pick(double[] values, List<Integer> idx) {
      double[] out = new double[idx.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = values[idx.get(i)];
      }
      return out;
    }
  }

  /** Solves a x = b by Gaussian elimination with partial pivoting (a and b are not changed). */
  static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = a0[i].clone();
    }
    double[] b = b0.clone();
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = a[c];
      a[c] = a[pivot];
      a[pivot] = t;
      double tb = b[c];
      b[c] = b[pivot];
      b[pivot] = tb;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] out = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * out[k];
      }
      out[r] = s / a[r][r];
    }
    return out;
  }

  private static List<String> sources(List<Page> pages) {
    List<String> out = new ArrayList<>();
    for (Page p : pages) {
      if (!out.contains(p.source())) {
        out.add(p.source());
      }
    }
    return out;
  }

  private static void writeTable(List<Page> pages, Path file) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      StringBuilder head =
          new StringBuilder("source\tid\thalf\tsite\tfell_back\tf1_today\tf1_text");
      FrontEndFeatures.NAMES.forEach(f -> head.append('\t').append(f));
      w.println(head);
      for (Page p : pages) {
        StringBuilder line = new StringBuilder();
        line.append(p.source()).append('\t').append(p.id()).append('\t')
            .append(TuneCheckSplit.half(p.id())).append('\t').append(p.site()).append('\t')
            .append(p.fellBack()).append('\t')
            .append(String.format(Locale.ROOT, "%.4f\t%.4f", p.current().f1(), p.text().f1()));
        for (double f : p.features()) {
          line.append('\t').append(String.format(Locale.ROOT, "%.4f", f));
        }
        w.println(line);
      }
    }
  }

  /**
   * Every HTML page of the folders, prepared and both bodies scored (replays not kept). The
   * cleaner's body is checked against the cleaner itself: a page where the replay differs is
   * reported and the run stops.
   */
  static List<Page> load(List<Path> dirs) throws IOException {
    RegionReplay.Preparer preparer = new RegionReplay.Preparer(CleaningRules.standard());
    RegionParams params = RegionParams.standard();
    ArticleCleaner cleaner = new ArticleCleaner(CleaningRules.standard(),
        CleaningLimits.standard(), params);
    int sentenceParagraph = params.fallback().sentenceParagraphLetters();
    List<Page> pages = new ArrayList<>();
    for (Path dir : dirs) {
      for (DevPages.Page p : DevPages.of(dir)) {
        String html = p.html();
        RegionReplay replay = preparer.html(html);
        RegionReplay.Alternatives alt = replay.alternatives(params);
        if (!replay.cleanText(alt.current()).equals(cleaner.cleanHtml(html).cleanText())) {
          throw new IllegalStateException("replay differs from the cleaner: " + p.source() + " "
              + p.id());
        }
        pages.add(new Page(p.source(), p.id(), p.site(), alt.fellBack(),
            ShingleMetric.page(p.id(), p.truth(), replay.cleanText(alt.current())),
            ShingleMetric.page(p.id(), p.truth(), replay.cleanText(alt.text())),
            ShingleMetric.page(p.id(), p.truth(), replay.cleanText(trimmed(alt, p.truth()))),
            FrontEndFeatures.of(alt.html(), alt.rendered(), sentenceParagraph),
            alt.fellBack() ? null : Vote.of(alt, p.truth(), sentenceParagraph)));
      }
    }
    return pages;
  }

  /**
   * A paragraph oracle's body: the cleaner's HTML body without the paragraphs that only the HTML
   * front end keeps and whose 4-word shingles are mostly (over half) not in the truth; the
   * cleaner's body itself when the sanity check fell back.
   */
  static java.util.BitSet trimmed(RegionReplay.Alternatives alt, String truth) {
    if (alt.fellBack()) {
      return alt.current();
    }
    java.util.Set<String> textKept = new java.util.HashSet<>();
    for (RegionReplay.Paragraph p : alt.rendered()) {
      if (p.kept()) {
        textKept.add(p.text());
      }
    }
    Map<List<String>, Integer> truthShingles =
        ShingleMetric.shingles(ShingleMetric.words(truth), ShingleMetric.SHINGLE_SIZE);
    java.util.BitSet out = (java.util.BitSet) alt.current().clone();
    for (int i = 0; i < alt.html().size(); i++) {
      RegionReplay.Paragraph p = alt.html().get(i);
      if (p.kept() && !textKept.contains(p.text())) {
        if (mostlyNotInTruth(p.text(), truthShingles)) {
          out.clear(i);
        }
      }
    }
    return out;
  }

  /** Whether most of the paragraph's 4-word shingles (counted with repeats) are not in the truth's. */
  static boolean mostlyNotInTruth(String paragraph, Map<List<String>, Integer> truthShingles) {
    Map<List<String>, Integer> own =
        ShingleMetric.shingles(ShingleMetric.words(paragraph), ShingleMetric.SHINGLE_SIZE);
    long all = 0;
    long inTruth = 0;
    for (Map.Entry<List<String>, Integer> e : own.entrySet()) {
      all += e.getValue();
      inTruth += Math.min(e.getValue(), truthShingles.getOrDefault(e.getKey(), 0));
    }
    return inTruth * 2 < all;
  }
}
