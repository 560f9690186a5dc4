package io.claimsift.beam.dedup;

import org.apache.beam.sdk.transforms.DoFn;

/** Emits the ids of the two mentions of a pair. */
final class PairMentionIdsFn extends DoFn<MentionIdPair, String> {
  @ProcessElement
  public void process(@Element MentionIdPair pair, OutputReceiver<String> out) {
    out.output(pair.first());
    out.output(pair.second());
  }
}
