package io.claimsift.bench;

import io.claimsift.beam.RecordCoder;
import io.claimsift.eval.ResultLine;
import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;

/**
 * CPU time of encoding and decoding the records of a pipeline output folder (articles, claim
 * mentions) with Beam's {@code AvroCoder.of(Class)} and with ClaimSift's {@link RecordCoder}, on one
 * thread: what every step boundary, sort and spill of a Flink run pays per record.
 *
 * <p>Usage: {@code RecordCoderBench OUTPUT_DIR} (a run's output folder, with Avro files). Streams
 * are in-memory byte arrays here; on Flink, AvroCoder's many small reads and writes each also go
 * through Flink's paged memory views, which this benchmark does not charge.
 */
public final class RecordCoderBench {
  private static final int PASSES = 7;

  private RecordCoderBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: RecordCoderBench OUTPUT_DIR");
      System.exit(2);
    }
    Path output = Path.of(args[0]);
    run("articles", read(output.resolve("articles"), Article.class), Article.class);
    run("claim_mentions", read(output.resolve("claim_mentions"), ClaimMention.class), ClaimMention.class);
  }

  private static <T extends SpecificRecord> void run(String dataset, List<T> records, Class<T> type)
      throws IOException {
    double avro = microsPerRecord(AvroCoder.of(type), records);
    double record = microsPerRecord(RecordCoder.of(type), records);
    System.out.println(ResultLine.of("record-coder-speed").put("dataset", dataset).put("records", records.size())
        .put("avrocoder_us_per_record", Math.round(avro * 100) / 100.0)
        .put("recordcoder_us_per_record", Math.round(record * 100) / 100.0)
        .put("speedup", Math.round(avro / record * 100) / 100.0));
  }

  /** Median thread CPU time per record of an encode and decode round trip, after two warm-up passes. */
  private static <T> double microsPerRecord(Coder<T> coder, List<T> records) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] passes = new double[PASSES];
    for (int warm = 0; warm < 2; warm++) {
      roundTrip(coder, records);
    }
    for (int p = 0; p < PASSES; p++) {
      long start = threads.getCurrentThreadCpuTime();
      roundTrip(coder, records);
      passes[p] = (threads.getCurrentThreadCpuTime() - start) / 1e3 / records.size();
    }
    Arrays.sort(passes);
    return passes[PASSES / 2];
  }

  private static <T> void roundTrip(Coder<T> coder, List<T> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    for (T r : records) {
      coder.encode(r, out);
    }
    ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
    for (T r : records) {
      if (!coder.decode(in).equals(r)) {
        throw new IllegalStateException("a record did not decode equal to itself: " + r);
      }
    }
  }

  private static <T extends SpecificRecord> List<T> read(Path folder, Class<T> type) throws IOException {
    List<T> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".avro")).sorted().toList()) {
        try (DataFileReader<T> reader = new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(type))) {
          reader.forEach(records::add);
        }
      }
    }
    return records;
  }
}
