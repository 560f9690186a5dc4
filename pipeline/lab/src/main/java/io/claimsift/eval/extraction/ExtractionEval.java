package io.claimsift.eval.extraction;

import io.claimsift.clean.ArticleCleaner;
import io.claimsift.eval.ResultLine;
import io.claimsift.eval.TuneCheckSplit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Article-body extraction evaluation: runs the pipeline's cleaning stage on every page of an
 * extraction data folder ({@code ids.txt}, {@code ground-truth.json}, {@code text/<id>.txt},
 * {@code html/<id>.html.gz}), writes one {@code <id>.txt} prediction per page, scores them with
 * {@link ShingleMetric}, lists the worst pages of the tune half and ends with RESULT lines: all
 * pages, then the {@code half=tune} and {@code half=check} halves of {@link TuneCheckSplit}, whose
 * case id is the page id (the line of {@code ids.txt}, the file name stem). {@code lost} counts the
 * pages with F1 below 0.2 (article lost). {@code --explain} refuses a check page.
 *
 * <p>Usage: {@code ExtractionEval DATA_DIR text|html|readability [--out DIR] [--worst N]
 * [--explain ID] [--warmup PASSES] [--passes PASSES] [--params REGION_PARAMS.json] [--no-vote]}
 * ({@code readability}: Readability alone on the HTML pages, the reference; {@code --no-vote}:
 * HTML without Readability's vote; default output folder
 * {@code target/extraction-<mode>}, default 10 worst pages; {@code --explain} prints every removed segment of one page with its
 * reason, to see why; the speed measurement is described in {@link Timing}; {@code --params}
 * scores the body choice with other parameters than the committed ones, see {@link
 * TrainBodyRegion}).
 */
public final class ExtractionEval {

  private ExtractionEval() {}

  /** A page to clean: its id, its input and its ground truth. */
  record Page(String id, String input, String truth) {}

  /** Below this page F1 the article counts as lost (the definition). */
  static final double LOST_F1 = 0.2;

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || !List.of("text", "html", "readability").contains(args[1])) {
      System.err.println("usage: ExtractionEval DATA_DIR text|html|readability [--out DIR]"
          + " [--worst N] [--explain ID] [--warmup PASSES] [--passes PASSES] [--params FILE]"
          + " [--no-vote]");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    String mode = args[1];
    Path out = Path.of("target", "extraction-" + mode);
    int worst = 10;
    int warmupPasses = Timing.WARMUP_PASSES;
    int timedPasses = Timing.TIMED_PASSES;
    String explain = null;
    io.claimsift.clean.RegionParams params = io.claimsift.clean.RegionParams.standard();
    io.claimsift.clean.CleaningLimits limits = io.claimsift.clean.CleaningLimits.standard();
    for (int i = 2; i < args.length; i += 2) {
      if (args[i].equals("--no-vote")) {
        // HTML without Readability's vote, as --maxReadabilityElements=0 runs the pipeline.
        limits = new io.claimsift.clean.CleaningLimits(limits.maxHtmlDepth(),
            limits.maxHtmlElements(), limits.maxTextLines(), 0);
        i--;
        continue;
      }
      if (i + 1 >= args.length) {
        System.err.println("option " + args[i] + " needs a value");
        System.exit(2);
      }
      switch (args[i]) {
        case "--out" -> out = Path.of(args[i + 1]);
        case "--worst" -> worst = Integer.parseInt(args[i + 1]);
        case "--explain" -> explain = args[i + 1];
        case "--warmup" -> warmupPasses = Integer.parseInt(args[i + 1]);
        case "--passes" -> timedPasses = Math.max(1, Integer.parseInt(args[i + 1]));
        case "--params" -> params = io.claimsift.clean.RegionParams.parse(
            Files.readString(Path.of(args[i + 1]), StandardCharsets.UTF_8));
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    List<Page> pages = load(data, mode);
    ArticleCleaner cleaner = new ArticleCleaner(io.claimsift.clean.CleaningRules.standard(),
        limits, params);
    if (explain != null) {
      if (TuneCheckSplit.isCheck(explain)) {
        System.err.println(explain + " is in the check half: only tune pages may be read");
        System.exit(2);
      }
      explain(pages, explain, mode.equals("text") ? cleaner::cleanText : cleaner::cleanHtml);
      return;
    }
    Function<String, String> clean = switch (mode) {
      case "html" -> s -> cleaner.cleanHtml(s).cleanText();
      case "text" -> s -> cleaner.cleanText(s).cleanText();
      // The reference: Readability alone (readability4j, as the cleaner's vote runs it).
      default -> s -> {
        String text = io.claimsift.clean.ReadabilityVote.read(org.jsoup.Jsoup.parse(s));
        return text == null ? "" : text;
      };
    };

    // The first pass writes the predictions (cleaning is deterministic, so every pass gives the
    // same text); the timing comes after the warm-up (see Timing).
    List<String> predictions = new ArrayList<>();
    for (Page p : pages) {
      predictions.add(clean.apply(p.input()));
    }
    Timing timing = Timing.measure(pages, clean, warmupPasses, timedPasses);

    Files.createDirectories(out);
    List<ShingleMetric.PageScore> scores = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      Files.writeString(out.resolve(p.id() + ".txt"), predictions.get(i), StandardCharsets.UTF_8);
      scores.add(ShingleMetric.page(p.id(), p.truth(), predictions.get(i)));
    }
    printWorst(tuneOnly(scores), worst);
    ShingleMetric.Corpus c = ShingleMetric.corpus(scores);
    System.out.println("predictions: " + out);
    System.out.println(timing.describe());
    System.out.println(ResultLine.of("extraction-" + mode)
        .put("f1", c.f1())
        .put("precision", c.precision())
        .put("recall", c.recall())
        .put("accuracy", c.accuracy())
        .put("pages", c.pages())
        .put("lost", lost(scores))
        .put("pages_per_s", Math.round(timing.medianCpuPagesPerSecond())));
    for (String half : List.of(TuneCheckSplit.TUNE, TuneCheckSplit.CHECK)) {
      List<ShingleMetric.PageScore> part = new ArrayList<>();
      for (ShingleMetric.PageScore s : scores) {
        if (TuneCheckSplit.half(s.id()).equals(half)) {
          part.add(s);
        }
      }
      ShingleMetric.Corpus h = ShingleMetric.corpus(part);
      System.out.println(ResultLine.of("extraction-" + mode)
          .put("half", half)
          .put("f1", h.f1())
          .put("precision", h.precision())
          .put("recall", h.recall())
          .put("pages", h.pages())
          .put("lost", lost(part)));
    }
  }

  /** Pages whose article is lost: F1 below {@value #LOST_F1}. */
  static int lost(List<ShingleMetric.PageScore> scores) {
    int n = 0;
    for (ShingleMetric.PageScore s : scores) {
      n += s.f1() < LOST_F1 ? 1 : 0;
    }
    return n;
  }

  /** The pages of the tune half: only their failures may be read. */
  static List<ShingleMetric.PageScore> tuneOnly(List<ShingleMetric.PageScore> scores) {
    List<ShingleMetric.PageScore> out = new ArrayList<>();
    for (ShingleMetric.PageScore s : scores) {
      if (!TuneCheckSplit.isCheck(s.id())) {
        out.add(s);
      }
    }
    return out;
  }

  private static void explain(
      List<Page> pages, String id, Function<String, io.claimsift.clean.CleanedArticle> clean) {
    for (Page p : pages) {
      if (p.id().equals(id)) {
        io.claimsift.clean.CleanedArticle a = clean.apply(p.input());
        for (io.claimsift.clean.RemovedSpan s : a.removed()) {
          String text = s.text().length() > 110 ? s.text().substring(0, 110) : s.text();
          System.out.println(s.reason().code() + "\t" + s.start() + "\t" + text);
        }
        System.out.println("---- kept:");
        System.out.println(a.cleanText());
      }
    }
  }

  static List<Page> load(Path data, String mode) throws IOException {
    List<Page> pages = new ArrayList<>();
    for (DevPages.Page p : DevPages.of(data)) {
      pages.add(new Page(p.id(), mode.equals("text") ? p.text() : p.html(), p.truth()));
    }
    return pages;
  }

  /** A gzipped DEV page as UTF-8 text (the extraction sets' html/ID.html.gz files). */
  static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void printWorst(List<ShingleMetric.PageScore> scores, int n) {
    List<ShingleMetric.PageScore> sorted = new ArrayList<>(scores);
    sorted.sort(Comparator.comparingDouble(ShingleMetric.PageScore::f1)
        .thenComparing(ShingleMetric.PageScore::id));
    System.out.println("worst tune pages (f1 precision recall id):");
    for (ShingleMetric.PageScore s : sorted.subList(0, Math.min(n, sorted.size()))) {
      System.out.printf(Locale.ROOT, "  %.3f %s %s %s%n", s.f1(), fmt(s.precision()),
          fmt(s.recall()), s.id());
    }
  }

  private static String fmt(Double x) {
    return x == null ? "  -  " : String.format(Locale.ROOT, "%.3f", x);
  }
}
