package io.claimsift.report;

import io.claimsift.output.Dataset;
import io.claimsift.output.OutputFormat;
import io.claimsift.output.ShardWriter;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.Quantity;
import io.claimsift.schema.Reject;
import io.claimsift.schema.RemovedSegment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;

/** Builds a run's datasets in a folder, as the pipeline would write them, from records made in a test. */
final class SyntheticRun {
  final List<Article> articles = new ArrayList<>();
  final List<ClaimMention> mentions = new ArrayList<>();
  final List<Claim> claims = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();
  final List<RemovedSegment> removed = new ArrayList<>();

  static String id(String prefix, int n) {
    return String.format(Locale.ROOT, "%s%06d", prefix, n);
  }

  Article article(int n, String title) {
    Article a = Article.newBuilder()
        .setArticleId(id("a", n)).setSourceUri(String.format(Locale.ROOT, "page-%06d.txt", n)).setFormat("text")
        .setTitle(title).setAuthors(List.of()).setCleanText("Body " + n).setRawLength(10).setCleanLength(6)
        .setRemovedCount(0).setPipelineVersion("test").build();
    articles.add(a);
    return a;
  }

  /** A claim supported by the given articles, one mention in each; the first mention is the representative. */
  Claim claim(int n, String text, List<Article> sources) {
    List<String> articleIds = new ArrayList<>();
    List<String> uris = new ArrayList<>();
    String claimId = id("c", n);
    for (int i = 0; i < sources.size(); i++) {
      Article a = sources.get(i);
      articleIds.add(a.getArticleId());
      uris.add(a.getSourceUri());
      mentions.add(mention(id("m" + n + "-", i), a.getArticleId(), claimId, text, List.of()));
    }
    articleIds.sort(null);
    uris.sort(null);
    Claim c = Claim.newBuilder().setClaimId(claimId).setText(text).setRepresentativeMentionId(id("m" + n + "-", 0))
        .setSupportCount(sources.size()).setMentionCount(sources.size()).setArticleIds(articleIds)
        .setQuantities(List.of()).setDates(List.of()).setSourceUris(uris).build();
    claims.add(c);
    return c;
  }

  static ClaimMention mention(String mentionId, String articleId, String claimId, String sentence, List<Quantity> quantities) {
    return ClaimMention.newBuilder().setMentionId(mentionId).setArticleId(articleId).setClaimId(claimId)
        .setSentence(sentence).setStart(0).setEnd(sentence.length()).setQuantities(quantities).setDates(List.of())
        .setHedged(false).setScore(0.9).build();
  }

  static Quantity quantity(String text, int start, double value) {
    return Quantity.newBuilder().setText(text).setStart(start).setEnd(start + text.length()).setKind("money")
        .setValue(value).setUnit("USD").setCurrency("USD").setNormalizedValue(value).build();
  }

  Reject reject(String uri, String stage, String reason) {
    Reject r = Reject.newBuilder().setSourceUri(uri).setStage(stage).setReason(reason).setDetail("why " + uri).build();
    rejects.add(r);
    return r;
  }

  RemovedSegment removed(Article article, int start, String text, String reason) {
    RemovedSegment s = RemovedSegment.newBuilder().setArticleId(article.getArticleId()).setStart(start)
        .setEnd(start + text.length()).setLine(1 + start).setText(text).setReason(reason).build();
    removed.add(s);
    article.setRemovedCount(article.getRemovedCount() + 1);
    return s;
  }

  /** Writes every dataset, one shard each, into {@code dir}. */
  Path write(Path dir) throws IOException {
    write(dir, Dataset.ARTICLES, articles);
    write(dir, Dataset.CLAIM_MENTIONS, mentions);
    write(dir, Dataset.CLAIMS, claims);
    write(dir, Dataset.REMOVED_SEGMENTS, removed);
    write(dir, Dataset.REJECTS, rejects);
    return dir;
  }

  /** The run facts that agree with the records: every count adds up. */
  RunInfo info() {
    SortedMap<String, SortedMap<String, Long>> counters = new TreeMap<>();
    counters.computeIfAbsent("clean", k -> new TreeMap<>()).put("articles", (long) articles.size());
    for (RemovedSegment s : removed) {
      counters.get("clean").merge("removed_" + s.getReason(), 1L, Long::sum);
    }
    for (Reject r : rejects) {
      counters.computeIfAbsent(r.getStage(), k -> new TreeMap<>()).merge("rejected_" + r.getReason(), 1L, Long::sum);
    }
    counters.computeIfAbsent("claims", k -> new TreeMap<>()).put("sentences", mentions.size() + 3L);
    counters.get("claims").put("below_threshold", 3L);
    counters.computeIfAbsent("dedup", k -> new TreeMap<>()).put("merges", (long) (mentions.size() - claims.size()));
    java.util.Map<String, Object> options = new java.util.LinkedHashMap<>();
    options.put("max_document_bytes", 67108864L);
    options.put("min_claim_score", 0.5);
    options.put("output_shards", 1);
    return new RunInfo("test", options, articles.size() + rejects.size(), counters);
  }

  private static void write(Path dir, Dataset dataset, List<? extends SpecificRecord> records) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(dataset.folder()));
    List<SpecificRecord> sorted = ShardWriter.sorted(dataset, records);
    try (OutputStream avro = Files.newOutputStream(folder.resolve(dataset.fileName(0, 1, "avro")));
        OutputStream csv = Files.newOutputStream(folder.resolve(dataset.fileName(0, 1, "csv")))) {
      ShardWriter.write(dataset, sorted, OutputFormat.AVRO, avro);
      ShardWriter.write(dataset, sorted, OutputFormat.CSV, csv);
    }
  }
}
