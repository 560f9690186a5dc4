package io.claimsift.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SpillingSortTest {
  @Rule public TemporaryFolder temp = new TemporaryFolder();

  private static Claim claim(int i, int support) {
    return Claim.newBuilder()
        .setClaimId(String.format("c%05d", i))
        .setText("Claim number " + i + " says something about " + (i * 7919 % 1000) + " people.")
        .setRepresentativeMentionId("m" + i)
        .setSupportCount(support)
        .setMentionCount(support)
        .setArticleIds(List.of("a" + i))
        .setQuantities(List.of())
        .setDates(List.of())
        .build();
  }

  /** 3,000 claims with tied supports (the key breaks ties by id), shuffled. */
  private static List<SpecificRecord> shuffledClaims() {
    List<SpecificRecord> claims = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      claims.add(claim(i, 1 + i % 7));
    }
    Collections.shuffle(claims, new Random(15));
    return claims;
  }

  private static byte[] written(OutputFormat format, SpillingSort sort) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ShardWriter.write(Dataset.CLAIMS, sort, format, out);
    return out.toByteArray();
  }

  private static byte[] writtenFromList(OutputFormat format, List<SpecificRecord> sorted) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ShardWriter.write(Dataset.CLAIMS, sorted, format, out);
    return out.toByteArray();
  }

  @Test
  public void aSmallBudgetSpillsManyRunsAndGivesTheInMemoryOrder() {
    List<SpecificRecord> claims = shuffledClaims();
    List<SpecificRecord> expected = ShardWriter.sorted(Dataset.CLAIMS, claims);

    // ~200 bytes per claim: a 4 KB budget makes about 150 runs, more than one merge's fan-in
    try (SpillingSort sort = SpillingSort.of(Dataset.CLAIMS, claims, 4096, temp.getRoot().toPath())) {
      assertThat(sort.spilled(), is(true));
      assertThat(sort.size(), is(3000L));
      List<SpecificRecord> once = new ArrayList<>();
      sort.records().forEach(once::add);
      List<SpecificRecord> twice = new ArrayList<>();
      sort.records().forEach(twice::add);
      assertThat(once, equalTo(expected));
      assertThat(twice, equalTo(expected));
    }
  }

  @Test
  public void spilledAndInMemorySortsWriteTheSameBytesInEveryFormat() throws IOException {
    List<SpecificRecord> claims = shuffledClaims();
    List<SpecificRecord> sortedList = ShardWriter.sorted(Dataset.CLAIMS, claims);
    Path tmp = temp.getRoot().toPath();

    try (SpillingSort spilled = SpillingSort.of(Dataset.CLAIMS, claims, 50_000, tmp);
        SpillingSort inMemory = SpillingSort.of(Dataset.CLAIMS, claims, Long.MAX_VALUE, tmp)) {
      assertThat(inMemory.spilled(), is(false));
      for (OutputFormat format : OutputFormat.values()) {
        byte[] reference = writtenFromList(format, sortedList);
        assertThat(format + " spilled", written(format, spilled), equalTo(reference));
        assertThat(format + " in memory", written(format, inMemory), equalTo(reference));
      }
    }
  }

  @Test
  public void articlesWithTimesAndUnicodeWriteTheSameBytesSpilledInMemoryAndFromTheList() throws IOException {
    // the Avro file takes the sort's own encodings: they must be the bytes the file's writer would
    // make, also for logical types (published_at), absent values and text beyond ASCII
    List<SpecificRecord> articles = new ArrayList<>();
    Random random = new Random(11);
    for (int i = 0; i < 400; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 20 + random.nextInt(200); w++) {
        text.append(w % 13 == 0 ? "Zürich’s " : "word").append(random.nextInt(1000)).append(' ');
      }
      articles.add(Article.newBuilder()
          .setArticleId(String.format("a%04d", (i * 7919) % 400)).setSourceUri("p" + i + ".html")
          .setFormat("html").setAuthors(i % 3 == 0 ? List.of() : List.of("Ann", "Bo " + i))
          .setPublishedAt(i % 4 == 0 ? null : Instant.ofEpochMilli(1_600_000_000_000L + 86_400_123L * i))
          .setCleanText(text.toString()).setRawLength(text.length() * 3).setCleanLength(text.length())
          .setRemovedCount(i % 5).setPipelineVersion("test").build());
    }
    List<SpecificRecord> sortedList = ShardWriter.sorted(Dataset.ARTICLES, articles);
    Path tmp = temp.getRoot().toPath();

    try (SpillingSort spilled = SpillingSort.of(Dataset.ARTICLES, articles, 20_000, tmp);
        SpillingSort inMemory = SpillingSort.of(Dataset.ARTICLES, articles, Long.MAX_VALUE, tmp)) {
      assertThat(spilled.spilled(), is(true));
      assertThat(inMemory.spilled(), is(false));
      for (OutputFormat format : OutputFormat.values()) {
        ByteArrayOutputStream reference = new ByteArrayOutputStream();
        ShardWriter.write(Dataset.ARTICLES, sortedList, format, reference);
        for (SpillingSort sort : List.of(spilled, inMemory)) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ShardWriter.write(Dataset.ARTICLES, sort, format, out);
          assertThat(format + (sort.spilled() ? " spilled" : " in memory"), out.toByteArray(),
              equalTo(reference.toByteArray()));
        }
      }
    }
  }

  @Test
  public void closingDeletesTheRunFiles() throws IOException {
    Path tmp = temp.newFolder("sort").toPath();

    try (SpillingSort sort = SpillingSort.of(Dataset.CLAIMS, shuffledClaims(), 4096, tmp)) {
      sort.records().forEach(r -> { });
    }

    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.count(), is(0L));
    }
  }
}
