package io.claimsift.bench;

import io.claimsift.claims.CandidateBudget;
import io.claimsift.claims.ClaimExtractor;
import io.claimsift.claims.ClaimFacts;
import io.claimsift.claims.ClaimLanguages;
import io.claimsift.clean.PlausibleDates;
import io.claimsift.eval.ResultLine;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;

/**
 * Single-thread, steady-state speed of claim extraction as the pipeline's ExtractMentions step runs
 * it (split into sentences, the candidate budget, {@link ClaimExtractor#analyze} on every sentence
 * in budget), on the clean texts of an articles Avro dataset (a file, or a folder searched for
 * {@code *.avro}), e.g. a run's {@code output/articles}.
 *
 * <p>One warm-up pass hashes every sentence's facts ({@code mentions_hash}: a speed change must
 * leave it unchanged), then timed passes by thread CPU time over at least {@code --seconds}:
 * {@code RESULT claim-extraction-speed sentences_per_s=.. articles_per_s=.. ms_per_article=..
 * mentions_hash=..}. Usage: {@code ClaimExtractionBench <articles.avro|folder> [--articles=N]
 * [--seconds=S]}.
 */
public final class ClaimExtractionBench {

  private final SentenceSplitter splitter = SentenceSplitter.english();
  private final ClaimExtractor extractor = ClaimExtractor.english();
  private final CandidateBudget budget = CandidateBudget.standard();
  private final ClaimLanguages languages = ClaimLanguages.english();

  /** One article as ExtractMentions sees it: its clean text and its publication day (or null). */
  record Input(String id, String text, LocalDate day, boolean inLanguage) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ClaimExtractionBench <articles.avro|folder> [--articles=N] [--seconds=S]");
      System.exit(2);
    }
    int limit = Integer.MAX_VALUE;
    double seconds = 20;
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--articles=")) {
        limit = Integer.parseInt(args[i].substring("--articles=".length()));
      } else if (args[i].startsWith("--seconds=")) {
        seconds = Double.parseDouble(args[i].substring("--seconds=".length()));
      } else {
        throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    List<Input> inputs = read(Path.of(args[0]), limit);
    ClaimExtractionBench bench = new ClaimExtractionBench();
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    long sentences = bench.pass(inputs, digest);
    String hash = HexFormat.of().formatHex(digest.digest());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    long passes = 0;
    long sink = 0;
    while (threads.getCurrentThreadCpuTime() - start < seconds * 1e9) {
      sink += bench.pass(inputs, null);
      passes++;
    }
    double cpu = (threads.getCurrentThreadCpuTime() - start) / 1e9;
    if (sink != passes * sentences) {
      throw new IllegalStateException("a timed pass analysed another number of sentences");
    }
    System.out.println(ResultLine.of("claim-extraction-speed")
        .put("articles", inputs.size())
        .put("sentences", sentences)
        .put("passes", passes)
        .put("cpu_s", Math.round(cpu * 10) / 10.0)
        .put("sentences_per_s", Math.round(passes * sentences / cpu))
        .put("articles_per_s", Math.round(passes * inputs.size() / cpu))
        .put("ms_per_article", Math.round(cpu * 1000 / (passes * inputs.size()) * 1000) / 1000.0)
        .put("mentions_hash", hash.substring(0, 16))
        .put("threads", 1));
  }

  /** Analyses every article once; feeds each sentence's facts to {@code digest} when not null. */
  long pass(List<Input> inputs, MessageDigest digest) {
    long analysed = 0;
    for (Input input : inputs) {
      if (!input.inLanguage()) {
        continue;
      }
      List<Sentence> all = splitter.split(input.text());
      CandidateBudget.Verdict[] verdicts = budget.judge(all);
      for (int i = 0; i < all.size(); i++) {
        if (verdicts[i] != CandidateBudget.Verdict.CANDIDATE) {
          continue;
        }
        ClaimFacts facts = extractor.analyze(input.text(), all, i, input.day());
        analysed++;
        if (digest != null) {
          Sentence s = all.get(i);
          String line = input.id() + '\t' + s.start() + '\t' + s.end() + '\t' + facts + '\n';
          digest.update(line.getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return analysed;
  }

  /** The articles of {@code data} (an Avro file, or every {@code *.avro} below a folder, by path). */
  static List<Input> read(Path data, int limit) throws IOException {
    List<Path> files;
    if (Files.isDirectory(data)) {
      try (Stream<Path> walk = Files.walk(data)) {
        files = walk.filter(p -> p.toString().endsWith(".avro")).sorted().toList();
      }
    } else {
      files = List.of(data);
    }
    ClaimLanguages languages = ClaimLanguages.english();
    List<Input> inputs = new ArrayList<>();
    for (Path file : files) {
      try (DataFileReader<Article> reader =
          new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(Article.class))) {
        while (reader.hasNext() && inputs.size() < limit) {
          Article a = reader.next();
          LocalDate day = PlausibleDates.isPlausible(a.getPublishedAt())
              ? a.getPublishedAt().atZone(ZoneOffset.UTC).toLocalDate() : null;
          inputs.add(new Input(a.getArticleId(), a.getCleanText(), day, languages.includes(a.getLanguage())));
        }
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no article in " + data);
    }
    return inputs;
  }
}
