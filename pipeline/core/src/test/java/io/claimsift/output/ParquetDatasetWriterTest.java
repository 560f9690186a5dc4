package io.claimsift.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.DateSpan;
import io.claimsift.schema.Quantity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.CompressionCodec;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FieldRepetitionType;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.KeyValue;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.Type;
import org.apache.parquet.format.Util;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The Parquet copy of a dataset: warehouse types, fixed settings, and the same bytes in every JVM. */
public class ParquetDatasetWriterTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  static List<SpecificRecord> claims() {
    List<SpecificRecord> claims = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      claims.add(Claim.newBuilder()
          .setClaimId(String.format("c%03d", i))
          .setText("North Korea stole $" + i + " billion.")
          .setRepresentativeMentionId("m" + i)
          .setSupportCount(1 + i % 5)
          .setMentionCount(1 + i % 7)
          .setArticleIds(List.of("a" + i, "a" + (i + 1)))
          .setQuantities(List.of(new Quantity("$" + i + " billion", 18, 30, "money", (double) i, "USD", "USD", i * 1e9,
              null, i % 2 == 0 ? null : i * 2e9, "=", null)))
          .setDates(List.of(new DateSpan("2017 to 2019", 30, 42, LocalDate.of(2017, 1, 1),
              i % 3 == 0 ? null : LocalDate.of(2019, 12, 31), "year")))
          .setFirstPublishedAt(i % 4 == 0 ? null : Instant.parse("2019-08-05T10:00:00Z").plusSeconds(i))
          .setSourceUris(List.of("page-" + i + ".txt"))
          .build());
    }
    return ShardWriter.sorted(Dataset.CLAIMS, claims);
  }

  static byte[] parquet(Dataset dataset, List<SpecificRecord> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParquetDatasetWriter.write(dataset, records, out);
    return out.toByteArray();
  }

  private static FileMetaData footer(byte[] file) throws IOException {
    int length = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    return Util.readFileMetaData(new ByteArrayInputStream(file, file.length - 8 - length, length));
  }

  private static Map<String, SchemaElement> columns(FileMetaData footer) {
    return footer.getSchema().stream().collect(Collectors.toMap(SchemaElement::getName, e -> e, (a, b) -> a));
  }

  @Test
  public void timestampsAndDatesBecomeWarehouseTypes() throws IOException {
    Map<String, SchemaElement> columns = columns(footer(parquet(Dataset.CLAIMS, claims())));

    SchemaElement firstPublished = columns.get("first_published_at");
    assertThat(firstPublished.getType(), is(Type.INT64));
    assertThat(firstPublished.getRepetition_type(), is(FieldRepetitionType.OPTIONAL));
    assertThat(firstPublished.getLogicalType().isSetTIMESTAMP(), is(true));
    assertThat(firstPublished.getLogicalType().getTIMESTAMP().isIsAdjustedToUTC(), is(true));
    assertThat(firstPublished.getLogicalType().getTIMESTAMP().getUnit().isSetMILLIS(), is(true));

    List<SchemaElement> dates = footer(parquet(Dataset.CLAIMS, claims())).getSchema().stream()
        .filter(e -> e.isSetLogicalType() && e.getLogicalType().isSetDATE()).toList();
    assertThat("dates[].start and dates[].end", dates.stream().map(SchemaElement::getName).toList(),
        equalTo(List.of("start", "end")));
    for (SchemaElement date : dates) {
      assertThat(date.getType(), is(Type.INT32));
      assertThat(date.getRepetition_type(), is(FieldRepetitionType.OPTIONAL));
    }
  }

  @Test
  public void listsUseTheStandardThreeLevelLayout() throws IOException {
    List<SchemaElement> schema = footer(parquet(Dataset.CLAIMS, claims())).getSchema();
    int articleIds = indexOf(schema, "article_ids");

    assertThat(schema.get(articleIds).getLogicalType().isSetLIST(), is(true));
    assertThat(schema.get(articleIds + 1).getName(), is("list"));
    assertThat(schema.get(articleIds + 1).getRepetition_type(), is(FieldRepetitionType.REPEATED));
    assertThat(schema.get(articleIds + 2).getName(), is("element"));
  }

  private static int indexOf(List<SchemaElement> schema, String name) {
    for (int i = 0; i < schema.size(); i++) {
      if (schema.get(i).getName().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no column " + name);
  }

  @Test
  public void settingsAreFixedAndNothingNamesATimeOrAHost() throws IOException {
    FileMetaData footer = footer(parquet(Dataset.CLAIMS, claims()));

    assertThat(footer.getCreated_by(), startsWith("parquet-mr version 1."));
    assertThat(footer.getKey_value_metadata().stream().map(KeyValue::getKey).sorted().toList(),
        equalTo(List.of("parquet.avro.schema", "writer.model.name")));
    assertThat(footer.getNum_rows(), is(40L));
    assertThat(footer.getRow_groups().size(), is(1));
    for (ColumnChunk chunk : footer.getRow_groups().get(0).getColumns()) {
      assertThat(chunk.getMeta_data().getCodec(), is(CompressionCodec.ZSTD));
    }
  }

  @Test
  public void encodingsAreListedInAscendingOrder() throws IOException {
    for (RowGroup rowGroup : footer(parquet(Dataset.CLAIMS, claims())).getRow_groups()) {
      for (ColumnChunk chunk : rowGroup.getColumns()) {
        List<Encoding> encodings = chunk.getMeta_data().getEncodings();
        List<Encoding> sorted = new ArrayList<>(encodings);
        sorted.sort(Comparator.comparingInt(Encoding::getValue));
        assertThat(encodings, equalTo(sorted));
      }
    }
  }

  @Test
  public void sameRecordsGiveTheSameBytes() throws IOException {
    assertThat(parquet(Dataset.CLAIMS, claims()), equalTo(parquet(Dataset.CLAIMS, claims())));
  }

  /**
   * parquet-hadoop lists a column's encodings in HashSet order, which follows identity hash codes:
   * the same in one JVM, different in the next. So the bytes are compared with another JVM's.
   */
  @Test
  public void anotherJvmWritesTheSameBytes() throws Exception {
    Path child = tmp.getRoot().toPath().resolve("child.parquet");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        WriteInChildJvm.class.getName(), child.toString())
        .redirectErrorStream(true)
        .redirectOutput(tmp.newFile("child.log"))
        .start();
    assertThat("child JVM finished", process.waitFor(2, TimeUnit.MINUTES), is(true));
    assertThat(Files.readString(tmp.getRoot().toPath().resolve("child.log")), process.exitValue(), is(0));

    assertThat(Files.readAllBytes(child), equalTo(parquet(Dataset.CLAIMS, claims())));
  }

  /** The other JVM of {@link #anotherJvmWritesTheSameBytes}. */
  public static final class WriteInChildJvm {
    public static void main(String[] args) throws IOException {
      Files.write(Path.of(args[0]), parquet(Dataset.CLAIMS, claims()));
    }
  }

  @Test
  public void anEmptyShardIsAValidFileWithTheSchemaAndNoRows() throws IOException {
    for (Dataset dataset : Dataset.values()) {
      Path file = tmp.getRoot().toPath().resolve(dataset.fileName(0, 1, "parquet"));
      Files.write(file, parquet(dataset, List.of()));

      assertThat(dataset.folder(), ParquetFooter.rowCount(file), is(0L));
    }
  }

  @Test
  public void everyFormatCountsTheSameRecords() throws IOException {
    List<SpecificRecord> records = claims();
    for (OutputFormat format : OutputFormat.ALL) {
      Path file = tmp.getRoot().toPath().resolve(Dataset.CLAIMS.fileName(0, 1, format.extension()));
      try (var out = Files.newOutputStream(file)) {
        format.write(Dataset.CLAIMS, records, out);
      }
      assertThat(format.extension(), DatasetCounts.count(format, file), is(40L));
    }
  }

  @Test
  public void articlesKeepTheirTimestampsAsUtcMillis() throws IOException {
    Article article = Article.newBuilder()
        .setArticleId("a1").setSourceUri("a.html").setFormat("html").setAuthors(List.of("Ann"))
        .setPublishedAt(Instant.parse("2021-03-04T14:39:00Z")).setCleanText("Body.").setRawLength(5)
        .setCleanLength(5).setRemovedCount(0).setPipelineVersion("test").build();
    FileMetaData footer = footer(parquet(Dataset.ARTICLES, List.of(article)));
    SchemaElement published = columns(footer).get("published_at");

    assertThat(published.getLogicalType().getTIMESTAMP().getUnit().isSetMILLIS(), is(true));
    ColumnChunk chunk = footer.getRow_groups().get(0).getColumns().stream()
        .filter(c -> c.getMeta_data().getPath_in_schema().equals(List.of("published_at"))).findFirst().orElseThrow();
    long millis = ByteBuffer.wrap(chunk.getMeta_data().getStatistics().getMin_value())
        .order(ByteOrder.LITTLE_ENDIAN).getLong();
    assertThat(Instant.ofEpochMilli(millis), is(Instant.parse("2021-03-04T14:39:00Z")));
  }
}
