package io.claimsift.report;

import io.claimsift.output.Dataset;
import io.claimsift.schema.RemovedSegment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One streaming pass over the removed segments: a count per reason and a small fixed sample of each. */
final class RemovalsPass {
  /** The removed segments of one reason. */
  static final class Tally {
    final String reason;
    final TopN<RemovedSegment> first;

    Tally(String reason, int limit) {
      this.reason = reason;
      this.first = new TopN<>(limit);
    }

    long count() {
      return first.offered();
    }
  }

  long segments;
  private final int samplesPerReason;
  private final Map<String, Tally> byReason = new TreeMap<>();

  private RemovalsPass(int samplesPerReason) {
    this.samplesPerReason = samplesPerReason;
  }

  static RemovalsPass read(Path outputDir, int samplesPerReason) throws IOException {
    RemovalsPass pass = new RemovalsPass(samplesPerReason);
    DatasetFiles.forEach(outputDir, Dataset.REMOVED_SEGMENTS, RemovedSegment.class, pass::add);
    return pass;
  }

  private void add(RemovedSegment segment) {
    segments++;
    byReason.computeIfAbsent(segment.getReason(), r -> new Tally(r, samplesPerReason))
        .first.offer(sampleKey(segment), segment);
  }

  /**
   * The order in which segments are sampled: those with visible text first, then by a fixed hash
   * of the segment's sort key, so that a reason's sample spreads over articles instead of quoting
   * the first article three times, and equal data always gives the same sample.
   */
  static String sampleKey(RemovedSegment segment) {
    String key = Dataset.REMOVED_SEGMENTS.sortKey(segment);
    long hash = 0xcbf29ce484222325L; // FNV-1a, 64 bits: defined by its spec, the same on every JVM
    for (int i = 0; i < key.length(); i++) {
      hash ^= key.charAt(i);
      hash *= 0x100000001b3L;
    }
    return (segment.getText().isBlank() ? "1|" : "0|") + hex16(hash) + "|" + key;
  }

  /**
   * The 16 lower-case hex digits of {@code v}, as {@code String.format("%016x", v)} writes them,
   * without the formatter: it ran once per removed segment (millions in a large run).
   */
  static String hex16(long v) {
    String hex = Long.toHexString(v);
    return "0".repeat(16 - hex.length()) + hex;
  }

  /** The tallies, largest first, then by reason. */
  List<Tally> tallies() {
    List<Tally> tallies = new ArrayList<>(byReason.values());
    tallies.sort(Comparator.comparingLong(Tally::count).reversed().thenComparing(t -> t.reason));
    return tallies;
  }
}
