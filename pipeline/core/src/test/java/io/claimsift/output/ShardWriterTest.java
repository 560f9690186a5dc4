package io.claimsift.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.claimsift.schema.Claim;
import io.claimsift.schema.DateSpan;
import io.claimsift.schema.Quantity;
import io.claimsift.schema.Reject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.Test;

public class ShardWriterTest {

  private static Claim claim(String id, int support, String text) {
    return Claim.newBuilder()
        .setClaimId(id)
        .setText(text)
        .setRepresentativeMentionId("m-" + id)
        .setSupportCount(support)
        .setMentionCount(support)
        .setArticleIds(List.of("a1", "a2"))
        .setQuantities(List.of(new Quantity("$2 billion", 10, 20, "money", 2.0, "USD", "USD", 2.0e9, null, null, "=", null)))
        .setDates(List.of(new DateSpan("2017 to 2019", 30, 42, LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31), "year")))
        .setFirstPublishedAt(Instant.parse("2019-08-05T10:00:00Z"))
        .build();
  }

  private static byte[] avro(List<SpecificRecord> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AvroDatasetWriter.write(Dataset.CLAIMS, records, out);
    return out.toByteArray();
  }

  @Test
  public void sameRecordsGiveTheSameAvroBytes() throws IOException {
    List<SpecificRecord> records = ShardWriter.sorted(Dataset.CLAIMS, List.of(claim("b", 1, "B."), claim("a", 5, "A.")));

    assertThat(avro(records), equalTo(avro(new ArrayList<>(records))));
  }

  @Test
  public void differentRecordsGetADifferentSyncMarker() {
    byte[] one = AvroDatasetWriter.syncMarker(Dataset.CLAIMS, List.of(claim("a", 1, "A.")));
    byte[] two = AvroDatasetWriter.syncMarker(Dataset.CLAIMS, List.of(claim("b", 1, "A.")));

    assertThat(one, not(equalTo(two)));
  }

  @Test
  public void claimsAreSortedMostSupportedFirstThenById() {
    List<SpecificRecord> sorted = ShardWriter.sorted(Dataset.CLAIMS,
        List.of(claim("c", 1, "C."), claim("b", 5, "B."), claim("a", 1, "A.")));

    assertThat(sorted.stream().map(r -> ((Claim) r).getClaimId()).toList(), contains("b", "a", "c"));
  }

  @Test
  public void avroRoundTripKeepsLogicalTypes() throws IOException {
    Claim original = claim("a", 5, "A.");

    byte[] bytes = avro(List.of(original));
    Claim back;
    try (DataFileStream<Claim> stream = new DataFileStream<>(new ByteArrayInputStream(bytes),
        new SpecificDatumReader<>(Claim.class))) {
      back = stream.next();
    }

    assertThat(back, equalTo(original));
    assertThat(back.getDates().get(0).getEnd(), equalTo(LocalDate.of(2019, 12, 31)));
  }

  @Test
  public void csvHasHeaderInSchemaOrderAndJsonCellsForNestedValues() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    CsvDatasetWriter.write(Dataset.CLAIMS, List.of(claim("a", 5, "He said, \"yes\".")), out);
    List<CSVRecord> rows;
    try (CSVParser parser = CSVParser.parse(new StringReader(out.toString(StandardCharsets.UTF_8)),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(parser.getHeaderNames(), contains("claim_id", "text", "representative_mention_id",
          "support_count", "mention_count", "article_ids", "quantities", "dates", "first_published_at",
          "source_uris", "outlet_count", "outlets", "claimers", "first_seen_release"));
      rows = parser.getRecords();
    }

    CSVRecord row = rows.get(0);
    assertThat(row.get("text"), equalTo("He said, \"yes\"."));
    assertThat(row.get("article_ids"), equalTo("[\"a1\",\"a2\"]"));
    assertThat(row.get("quantities"), equalTo("[{\"text\":\"$2 billion\",\"start\":10,\"end\":20,"
        + "\"kind\":\"money\",\"value\":2.0,\"unit\":\"USD\",\"currency\":\"USD\",\"normalized_value\":2.0E9,\"low\":null,\"high\":null,\"bound\":\"=\",\"change\":null}]"));
    assertThat(row.get("dates"), equalTo("[{\"text\":\"2017 to 2019\",\"start_offset\":30,\"end_offset\":42,"
        + "\"start\":\"2017-01-01\",\"end\":\"2019-12-31\",\"granularity\":\"year\"}]"));
    assertThat(row.get("first_published_at"), equalTo("2019-08-05T10:00:00Z"));
  }

  @Test
  public void csvUsesCrlfAndEmptyCellsForNulls() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    CsvDatasetWriter.write(Dataset.REJECTS, List.of(new Reject("x.bin", "read", "unsupported_extension", "no")), out);

    assertThat(out.toString(StandardCharsets.UTF_8),
        equalTo("source_uri,stage,reason,detail\r\nx.bin,read,unsupported_extension,no\r\n"));
    assertThat(JsonCells.cell(null) == null, is(true));
  }
}
