package io.claimsift.eval.outlets;

import static io.claimsift.eval.OutputRecords.field;
import static io.claimsift.eval.OutputRecords.read;
import static io.claimsift.eval.OutputRecords.outletOf;

import io.claimsift.claims.ClaimLanguages;
import io.claimsift.eval.ResultLine;
import io.claimsift.eval.TuneCheckSplit;
import io.claimsift.outlets.Outlets;
import io.claimsift.outlets.SiteTemplates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericRecord;

/**
 * What corroboration a run's output shows: claims by support_count and by outlet_count, the share
 * of multi-article claims whose articles all come from one outlet (also per 100 articles), and
 * claim mentions by article language (with those outside {@code --claimLanguages}' default).
 *
 * <p>Reads the Avro files of any output folder, also of versions before Article.outlet: an article
 * without the field gets the outlet the current rule gives it ({@link Outlets#of}), so that runs
 * before and after the outlet change are measured alike.
 *
 * <p>Tune and check halves ({@link TuneCheckSplit}) are taken <em>by outlet</em>, because the
 * template rule works within an outlet: an article is in the half of its outlet, a claim in the half
 * of its first outlet (sorted). The single-outlet line is printed for the whole run and for each
 * half ({@code half=tune}, {@code half=check}), each per 100 articles of its half.
 *
 * <p>Usage: {@code CorroborationEval OUTPUT_DIR [NAME] [--list-tune]}; prints {@code RESULT
 * corroboration-...}. {@code --list-tune} first lists the single-outlet multi-article claims of the
 * tune half (outlet, support, text), for reading; the check half is never listed. {@code
 * --coverage} adds the histogram of the tune half's near-copy shares.
 */
public final class CorroborationEval {
  /** Highest support or outlet count with a bucket of its own; larger ones share the last. */
  static final int TOP_BUCKET = 5;

  private CorroborationEval() {}

  public static void main(String[] args) throws IOException {
    List<String> positional = new ArrayList<>(List.of(args));
    boolean listTune = positional.remove("--list-tune");
    boolean coverage = positional.remove("--coverage");
    if (positional.size() < 1 || positional.size() > 2) {
      System.err.println("usage: CorroborationEval OUTPUT_DIR [NAME] [--list-tune] [--coverage]");
      System.exit(2);
    }
    Path output = Path.of(positional.get(0));
    String name = positional.size() == 2 ? positional.get(1) : output.getFileName().toString();
    for (ResultLine line : evaluate(output, name, listTune ? System.out::println : null)) {
      System.out.println(line);
    }
    if (coverage) {
      System.out.println(nearCopyHistogram(output, name));
    }
  }

  /**
   * The histogram of the near-copy shares ({@link SiteTemplates#nearCopyShares}) of the tune half's
   * articles whose outlet has at least two articles: how much of a page's prose one other page of
   * its outlet holds, in tenths ({@code share_0} holds [0, 0.1), ..., {@code share_10} exactly 1).
   * It shows where the near-copy threshold falls; the check half is not looked at.
   */
  static ResultLine nearCopyHistogram(Path output, String name) throws IOException {
    Map<String, List<SiteTemplates.Page>> pagesByOutlet = new TreeMap<>();
    read(output.resolve("articles"), a -> {
      String id = a.get("article_id").toString();
      String outlet = outletOf(a, id);
      String text = field(a, "clean_text");
      if (!Outlets.isUnknown(outlet) && text != null
          && TuneCheckSplit.half(outlet).equals(TuneCheckSplit.TUNE)) {
        pagesByOutlet.computeIfAbsent(outlet, o -> new ArrayList<>()).add(new SiteTemplates.Page(id, text));
      }
    });
    long[] tenths = new long[11];
    SiteTemplates templates = SiteTemplates.english();
    for (List<SiteTemplates.Page> pages : pagesByOutlet.values()) {
      if (pages.size() >= 2) {
        templates.nearCopyShares(pages).values().forEach(share -> tenths[(int) Math.floor(share * 10)]++);
      }
    }
    ResultLine line = ResultLine.of("corroboration-near-copy").put("set", name).put("half", TuneCheckSplit.TUNE)
        .put("articles", Arrays.stream(tenths).sum());
    for (int i = 0; i <= 10; i++) {
      line.put("share_" + i, tenths[i]);
    }
    return line;
  }

  /** The RESULT lines for one output folder. */
  static List<ResultLine> evaluate(Path output, String name) throws IOException {
    return evaluate(output, name, null);
  }

  /**
   * The RESULT lines for one output folder; {@code tuneListing}, when not null, receives one line
   * per single-outlet multi-article claim of the tune half.
   */
  static List<ResultLine> evaluate(Path output, String name, Consumer<String> tuneListing) throws IOException {
    Map<String, String> outletOf = new HashMap<>();
    Map<String, String> languageOf = new HashMap<>();
    read(output.resolve("articles"), a -> {
      String id = a.get("article_id").toString();
      outletOf.put(id, outletOf(a, id));
      String language = field(a, "language");
      languageOf.put(id, language == null ? "unknown" : language);
    });

    long[] bySupport = new long[TOP_BUCKET + 1];
    long[] byOutlets = new long[TOP_BUCKET + 1];
    // all, multi-article, multi-article from one outlet: for the whole run, then tune, then check
    long[][] claims = new long[3][3];
    read(output.resolve("claims"), c -> {
      @SuppressWarnings("unchecked")
      List<Object> ids = (List<Object>) c.get("article_ids");
      Set<String> outlets = new TreeSet<>();
      ids.forEach(id -> outlets.add(outletOf.getOrDefault(id.toString(), Outlets.unknown(id.toString()))));
      int support = ids.size();
      bySupport[Math.min(support, TOP_BUCKET)]++;
      byOutlets[Math.min(outlets.size(), TOP_BUCKET)]++;
      String first = outlets.iterator().next();
      boolean check = TuneCheckSplit.isCheck(first);
      for (long[] counts : new long[][] {claims[0], claims[check ? 2 : 1]}) {
        counts[0]++;
        if (support > 1) {
          counts[1]++;
          if (outlets.size() == 1) {
            counts[2]++;
          }
        }
      }
      if (tuneListing != null && !check && support > 1 && outlets.size() == 1) {
        tuneListing.accept("SINGLE-OUTLET " + first + " support=" + support + " " + c.get("claim_id") + " "
            + c.get("text").toString().replaceAll("\\s+", " "));
      }
    });

    Map<String, Long> mentionsByLanguage = new TreeMap<>();
    long[] outside = {0};
    ClaimLanguages claimLanguages = ClaimLanguages.english();
    read(output.resolve("claim_mentions"), m -> {
      String language = languageOf.getOrDefault(m.get("article_id").toString(), "unknown");
      mentionsByLanguage.merge(language, 1L, Long::sum);
      if (!claimLanguages.includes(language.equals("unknown") ? null : language)) {
        outside[0]++;
      }
    });

    List<ResultLine> lines = new ArrayList<>();
    lines.add(buckets(ResultLine.of("corroboration-support").put("set", name), "support", bySupport));
    lines.add(buckets(ResultLine.of("corroboration-outlets").put("set", name), "outlets", byOutlets));
    lines.add(singleOutlet(ResultLine.of("corroboration-single-outlet").put("set", name),
        outletOf.values(), claims[0]));
    for (String half : List.of(TuneCheckSplit.TUNE, TuneCheckSplit.CHECK)) {
      List<String> outletsOfHalf = outletOf.values().stream()
          .filter(o -> TuneCheckSplit.half(o).equals(half)).toList();
      lines.add(singleOutlet(ResultLine.of("corroboration-single-outlet").put("set", name).put("half", half),
          outletsOfHalf, claims[half.equals(TuneCheckSplit.TUNE) ? 1 : 2]));
    }
    ResultLine languages = ResultLine.of("corroboration-languages").put("set", name);
    mentionsByLanguage.forEach((language, n) -> languages.put("mentions_" + language, n));
    languages.put("mentions_outside_en", outside[0]);
    lines.add(languages);
    return lines;
  }

  /** The single-outlet figures of some articles (given by their outlets) and their claims. */
  private static ResultLine singleOutlet(ResultLine line, Collection<String> articleOutlets,
      long[] claims) {
    long articles = articleOutlets.size();
    return line.put("articles", articles)
        .put("outlets", articleOutlets.stream().distinct().count())
        .put("claims", claims[0])
        .put("multi_article", claims[1])
        .put("single_outlet", claims[2])
        .put("single_outlet_share", claims[1] == 0 ? 0.0 : (double) claims[2] / claims[1])
        .put("single_outlet_per_100_articles", articles == 0 ? 0.0 : 100.0 * claims[2] / articles);
  }

  private static ResultLine buckets(ResultLine line, String what, long[] counts) {
    for (int i = 1; i <= TOP_BUCKET; i++) {
      line.put(what + "_" + i + (i == TOP_BUCKET ? "plus" : ""), counts[i]);
    }
    return line;
  }
}
