package io.claimsift.bench;

import io.claimsift.eval.ResultLine;
import io.claimsift.outlets.Outlets;
import io.claimsift.outlets.SiteTemplates;
import io.claimsift.schema.Article;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;

/**
 * Single-thread, steady-state speed of {@link SiteTemplates#find} as the pipeline's
 * RemoveSiteTemplates runs it: the articles of an articles Avro dataset (a file, or a folder
 * searched for {@code *.avro}, e.g. a run's {@code output/articles}) grouped by known outlet, each
 * page's sentences split once beforehand (the pipeline hands over the claim stage's split).
 *
 * <p>One pass hashes every template ({@code templates_hash}: a speed change must leave it
 * unchanged), then timed passes over every outlet by thread CPU time for at least
 * {@code --seconds}: {@code RESULT site-templates-speed ... ms_per_pass=.. templates_hash=..}.
 * Usage: {@code SiteTemplatesBench <articles.avro|folder> [--seconds=S]}.
 */
public final class SiteTemplatesBench {
  private SiteTemplatesBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: SiteTemplatesBench <articles.avro|folder> [--seconds=S]");
      System.exit(2);
    }
    double seconds = 20;
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--seconds=")) {
        seconds = Double.parseDouble(args[i].substring("--seconds=".length()));
      } else {
        throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    SentenceSplitter splitter = SentenceSplitter.english();
    Map<String, List<SiteTemplates.Page>> byOutlet = new TreeMap<>();
    Map<String, List<Sentence>> sentences = new HashMap<>();
    for (Path file : files(Path.of(args[0]))) {
      try (DataFileReader<Article> reader =
          new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(Article.class))) {
        while (reader.hasNext()) {
          Article a = reader.next();
          if (Outlets.isUnknown(a.getOutlet())) {
            continue;
          }
          byOutlet.computeIfAbsent(a.getOutlet(), k -> new ArrayList<>())
              .add(new SiteTemplates.Page(a.getArticleId(), a.getCleanText(), a.getTitle()));
          sentences.put(a.getArticleId(), splitter.split(a.getCleanText()));
        }
      }
    }
    SiteTemplates templates = SiteTemplates.english();
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    long found = 0;
    for (List<SiteTemplates.Page> pages : byOutlet.values()) {
      for (SiteTemplates.Template t : templates.find(pages, p -> sentences.get(p.articleId()))) {
        String line = t.articleId() + '\t' + t.start() + '\t' + t.end() + '\t' + t.text() + '\n';
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        found++;
      }
    }
    String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    long passes = 0;
    while (threads.getCurrentThreadCpuTime() - start < seconds * 1e9) {
      for (List<SiteTemplates.Page> pages : byOutlet.values()) {
        templates.find(pages, p -> sentences.get(p.articleId()));
      }
      passes++;
    }
    double cpu = (threads.getCurrentThreadCpuTime() - start) / 1e9;
    System.out.println(ResultLine.of("site-templates-speed")
        .put("outlets", byOutlet.size())
        .put("pages", sentences.size())
        .put("largest_outlet", byOutlet.values().stream().mapToInt(List::size).max().orElse(0))
        .put("templates", found)
        .put("passes", passes)
        .put("cpu_s", Math.round(cpu * 10) / 10.0)
        .put("ms_per_pass", Math.round(cpu * 1000 / passes * 10) / 10.0)
        .put("templates_hash", hash)
        .put("threads", 1));
  }

  private static List<Path> files(Path data) throws IOException {
    if (!Files.isDirectory(data)) {
      return List.of(data);
    }
    try (Stream<Path> walk = Files.walk(data)) {
      return walk.filter(p -> p.toString().endsWith(".avro")).sorted().toList();
    }
  }
}
