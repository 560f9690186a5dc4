package io.claimsift.report;

import io.claimsift.output.Dataset;
import io.claimsift.schema.Claim;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One streaming pass over the claims: their number, the sum of their mention counts, the support
 * histogram, and the first claims in the dataset's own order (most supported first).
 */
final class ClaimsPass {
  long claims;
  long mentionCountSum;
  final SupportHistogram support = new SupportHistogram();
  private final TopN<Claim> top;

  private ClaimsPass(int limit) {
    this.top = new TopN<>(limit);
  }

  static ClaimsPass read(Path outputDir, int limit) throws IOException {
    ClaimsPass pass = new ClaimsPass(limit);
    DatasetFiles.forEach(outputDir, Dataset.CLAIMS, Claim.class, pass::add);
    return pass;
  }

  private void add(Claim claim) {
    claims++;
    mentionCountSum += claim.getMentionCount();
    support.add(claim.getSupportCount());
    top.offer(Dataset.CLAIMS.sortKey(claim), claim);
  }

  /** The top claims, in the order of the claims dataset. */
  List<Claim> top() {
    return top.sorted();
  }
}
