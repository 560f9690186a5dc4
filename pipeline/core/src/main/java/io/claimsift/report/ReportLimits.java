package io.claimsift.report;

/**
 * How much of each list the report shows, so that its size stays bounded however large the run;
 * the page states every cap it applies and names the dataset that holds the rest.
 *
 * @param topClaims claims in the top-claims table
 * @param sourcesPerClaim supporting sources listed per claim
 * @param mentionsPerClaim mentions listed per claim
 * @param filesPerRejectReason rejected files listed per stage and reason
 * @param samplesPerRemovalReason removed segments quoted per reason
 * @param sampleChars characters of a removed segment quoted before it is cut
 * @param filesPerDataset dataset files linked per dataset
 */
public record ReportLimits(int topClaims, int sourcesPerClaim, int mentionsPerClaim, int filesPerRejectReason,
    int samplesPerRemovalReason, int sampleChars, int filesPerDataset) {

  /** The limits of every run. */
  public static final ReportLimits DEFAULT = new ReportLimits(100, 8, 10, 5, 3, 160, 6);

  /** The same limits with another number of top claims. */
  public ReportLimits withTopClaims(int claims) {
    return new ReportLimits(claims, sourcesPerClaim, mentionsPerClaim, filesPerRejectReason,
        samplesPerRemovalReason, sampleChars, filesPerDataset);
  }
}
