package io.claimsift.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Writes records to a Parquet file whose bytes depend only on the records, from the dataset's Avro
 * schema: timestamp-millis becomes TIMESTAMP(MILLIS, UTC), date becomes DATE, a nullable union an
 * optional column, an array a standard three-level LIST.
 *
 * <p>Every setting that could vary is fixed here rather than left to Parquet's defaults, and no
 * Hadoop class is used: the file is built in memory (a shard's records are in memory already),
 * its footer is made canonical by {@link ParquetFooter}, and then it is copied to {@code out}.
 */
public final class ParquetDatasetWriter {
  /** ZSTD, compressed in pure Java by {@link ParquetCodecs}: read by DuckDB, Spark, Trino, BigQuery, Snowflake. */
  static final CompressionCodecName CODEC = CompressionCodecName.ZSTD;
  /** One row group per file up to this size (Parquet's usual 128 MiB): shards are sized by --outputShards. */
  private static final int ROW_GROUP_BYTES = 128 * 1024 * 1024;
  private static final int PAGE_BYTES = 1024 * 1024;
  private static final int DICTIONARY_PAGE_BYTES = 1024 * 1024;
  private static final int PAGE_ROWS = 20_000;

  private ParquetDatasetWriter() {}

  /** Writes the records, already in their final order, to {@code out} (which is not closed). */
  public static void write(Dataset dataset, Iterable<? extends SpecificRecord> sortedRecords, OutputStream out)
      throws IOException {
    InMemoryOutputFile file = new InMemoryOutputFile();
    PlainParquetConfiguration conf = new PlainParquetConfiguration();
    // the LIST layout of the Parquet spec (list/element), which every engine reads as a list
    conf.set(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, "false");
    try (ParquetWriter<SpecificRecord> writer = AvroParquetWriter.<SpecificRecord>builder(file)
        .withConf(conf)
        .withSchema(dataset.schema())
        // the generated classes' model: it converts Instant and LocalDate fields to their logical types
        .withDataModel(SpecificData.getForClass(dataset.recordClass()))
        .withCompressionCodec(CODEC)
        .withCodecFactory(ParquetCodecs.INSTANCE)
        .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
        .withRowGroupSize(ROW_GROUP_BYTES)
        .withPageSize(PAGE_BYTES)
        .withDictionaryPageSize(DICTIONARY_PAGE_BYTES)
        .withPageRowCountLimit(PAGE_ROWS)
        .withDictionaryEncoding(true)
        .withBloomFilterEnabled(false)
        .withPageWriteChecksumEnabled(true)
        .withValidation(false)
        .build()) {
      for (SpecificRecord record : sortedRecords) {
        writer.write(record);
      }
    }
    out.write(ParquetFooter.canonical(file.bytes()));
  }

  /** Parquet's sink: a growing byte array (nothing depends on a path, a clock or a host). */
  private static final class InMemoryOutputFile implements OutputFile {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    byte[] bytes() {
      return buffer.toByteArray();
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new PositionOutputStream() {
        @Override
        public long getPos() {
          return buffer.size();
        }

        @Override
        public void write(int b) {
          buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          buffer.write(b, off, len);
        }
      };
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
      return false; // no padding of row groups to file-system blocks
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }

    @Override
    public String getPath() {
      return "memory";
    }
  }
}
