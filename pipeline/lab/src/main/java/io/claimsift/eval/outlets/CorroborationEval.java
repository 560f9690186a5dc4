package io.claimsift.eval.outlets;

import io.claimsift.claims.ClaimLanguages;
import io.claimsift.eval.ResultLine;
import io.claimsift.outlets.Outlets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericDatumReader;
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
 * <p>Usage: {@code CorroborationEval OUTPUT_DIR [NAME]}; prints {@code RESULT corroboration-...}.
 */
public final class CorroborationEval {
  /** Highest support or outlet count with a bucket of its own; larger ones share the last. */
  static final int TOP_BUCKET = 5;

  private CorroborationEval() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: CorroborationEval OUTPUT_DIR [NAME]");
      System.exit(2);
    }
    Path output = Path.of(args[0]);
    String name = args.length == 2 ? args[1] : output.getFileName().toString();
    for (ResultLine line : evaluate(output, name)) {
      System.out.println(line);
    }
  }

  /** The RESULT lines for one output folder. */
  static List<ResultLine> evaluate(Path output, String name) throws IOException {
    Map<String, String> outletOf = new HashMap<>();
    Map<String, String> languageOf = new HashMap<>();
    read(output.resolve("articles"), a -> {
      String id = a.get("article_id").toString();
      String outlet = field(a, "outlet");
      outletOf.put(id, outlet != null ? outlet
          : Outlets.of(field(a, "canonical_url"), field(a, "url"), field(a, "site_name"), id));
      String language = field(a, "language");
      languageOf.put(id, language == null ? "unknown" : language);
    });

    long[] bySupport = new long[TOP_BUCKET + 1];
    long[] byOutlets = new long[TOP_BUCKET + 1];
    long[] claims = {0, 0, 0}; // all, multi-article, multi-article from one outlet
    read(output.resolve("claims"), c -> {
      @SuppressWarnings("unchecked")
      List<Object> ids = (List<Object>) c.get("article_ids");
      Set<String> outlets = new HashSet<>();
      ids.forEach(id -> outlets.add(outletOf.getOrDefault(id.toString(), Outlets.unknown(id.toString()))));
      int support = ids.size();
      bySupport[Math.min(support, TOP_BUCKET)]++;
      byOutlets[Math.min(outlets.size(), TOP_BUCKET)]++;
      claims[0]++;
      if (support > 1) {
        claims[1]++;
        if (outlets.size() == 1) {
          claims[2]++;
        }
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

    long articles = outletOf.size();
    List<ResultLine> lines = new ArrayList<>();
    lines.add(buckets(ResultLine.of("corroboration-support").put("set", name), "support", bySupport));
    lines.add(buckets(ResultLine.of("corroboration-outlets").put("set", name), "outlets", byOutlets));
    lines.add(ResultLine.of("corroboration-single-outlet").put("set", name)
        .put("articles", articles)
        .put("outlets", outletOf.values().stream().distinct().count())
        .put("claims", claims[0])
        .put("multi_article", claims[1])
        .put("single_outlet", claims[2])
        .put("single_outlet_share", claims[1] == 0 ? 0.0 : (double) claims[2] / claims[1])
        .put("single_outlet_per_100_articles", articles == 0 ? 0.0 : 100.0 * claims[2] / articles));
    ResultLine languages = ResultLine.of("corroboration-languages").put("set", name);
    mentionsByLanguage.forEach((language, n) -> languages.put("mentions_" + language, n));
    languages.put("mentions_outside_en", outside[0]);
    lines.add(languages);
    return lines;
  }

  private static ResultLine buckets(ResultLine line, String what, long[] counts) {
    for (int i = 1; i <= TOP_BUCKET; i++) {
      line.put(what + "_" + i + (i == TOP_BUCKET ? "plus" : ""), counts[i]);
    }
    return line;
  }

  private static String field(GenericRecord record, String name) {
    if (record.getSchema().getField(name) == null) {
      return null;
    }
    Object value = record.get(name);
    return value == null ? null : value.toString();
  }

  /** Every record of the Avro files of one dataset folder, in file-name order. */
  private static void read(Path folder, Consumer<GenericRecord> each) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".avro")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no Avro files in " + folder + " (run with --formats including avro)");
    }
    for (Path file : files) {
      try (DataFileReader<GenericRecord> reader =
          new DataFileReader<>(file.toFile(), new GenericDatumReader<>())) {
        reader.forEach(each);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
