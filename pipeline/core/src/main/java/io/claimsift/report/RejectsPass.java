package io.claimsift.report;

import io.claimsift.output.Dataset;
import io.claimsift.schema.Reject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One streaming pass over the rejects: a count per stage and reason, and the first files of each. */
final class RejectsPass {
  /** The rejects of one stage and reason. */
  static final class Tally {
    final String stage;
    final String reason;
    final TopN<Reject> first;

    Tally(String stage, String reason, int limit) {
      this.stage = stage;
      this.reason = reason;
      this.first = new TopN<>(limit);
    }

    long count() {
      return first.offered();
    }
  }

  long rejects;
  private final int filesPerReason;
  private final Map<String, Tally> byStageAndReason = new TreeMap<>();

  private RejectsPass(int filesPerReason) {
    this.filesPerReason = filesPerReason;
  }

  static RejectsPass read(Path outputDir, int filesPerReason) throws IOException {
    RejectsPass pass = new RejectsPass(filesPerReason);
    DatasetFiles.forEach(outputDir, Dataset.REJECTS, Reject.class, pass::add);
    return pass;
  }

  private void add(Reject reject) {
    rejects++;
    byStageAndReason
        .computeIfAbsent(reject.getStage() + "\u0000" + reject.getReason(),
            k -> new Tally(reject.getStage(), reject.getReason(), filesPerReason))
        .first.offer(Dataset.REJECTS.sortKey(reject), reject);
  }

  /** The tallies, largest first, then by stage and reason. */
  List<Tally> tallies() {
    List<Tally> tallies = new ArrayList<>(byStageAndReason.values());
    tallies.sort(Comparator.comparingLong(Tally::count).reversed()
        .thenComparing(t -> t.stage).thenComparing(t -> t.reason));
    return tallies;
  }
}
