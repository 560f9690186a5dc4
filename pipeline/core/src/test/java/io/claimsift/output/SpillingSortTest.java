package io.claimsift.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.claimsift.schema.Claim;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
