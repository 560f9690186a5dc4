package io.claimsift.beam.dedup;

import io.claimsift.beam.RecordCoder;
import io.claimsift.dedup.ClaimChanges;
import io.claimsift.schema.ClaimChange;
import io.claimsift.schema.ClaimMention;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The claim_changes dataset: the final claim membership compared with the previous release's
 * ({@link ClaimChanges}); without a previous release every claim is new, and each claim's row is
 * made from its own mentions under its own key. With a previous release, like {@link StableIds},
 * it holds the (mention_id, claim_id) pairs of both releases on one worker.
 */
public final class TrackChanges extends PTransform<PCollection<ClaimMention>, PCollection<ClaimChange>> {
  private final TreeMap<String, String> previousClaimOf;

  /** @param previousClaimOf the previous release's mention_id to claim_id; empty for a fresh release */
  public TrackChanges(Map<String, String> previousClaimOf) {
    this.previousClaimOf = new TreeMap<>(previousClaimOf);
  }

  @Override
  public PCollection<ClaimChange> expand(PCollection<ClaimMention> mentions) {
    PCollection<KV<String, String>> membership = mentions
        .apply("MembershipPairs", ParDo.of(new StableIds.MembershipFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    if (previousClaimOf.isEmpty()) {
      // nothing to compare with: each claim's row ("new") depends on its own mentions only
      return membership
          .apply("KeyMembershipByClaim", WithKeys.of((KV<String, String> m) -> m.getValue())
              .withKeyType(TypeDescriptors.strings()))
          .apply("GroupMembershipByClaim", GroupByKey.create())
          .apply("NewClaims", ParDo.of(new CompareFn(previousClaimOf)))
          .setCoder(RecordCoder.of(ClaimChange.class));
    }
    return membership
        .apply("KeyMembershipTogether", WithKeys.<String, KV<String, String>>of("all")
            .withKeyType(TypeDescriptors.strings()))
        .apply("GroupMembership", GroupByKey.create())
        .apply("CompareReleases", ParDo.of(new CompareFn(previousClaimOf)))
        .setCoder(RecordCoder.of(ClaimChange.class));
  }

  static final class CompareFn extends DoFn<KV<String, Iterable<KV<String, String>>>, ClaimChange> {
    private final TreeMap<String, String> previousClaimOf;

    CompareFn(TreeMap<String, String> previousClaimOf) {
      this.previousClaimOf = previousClaimOf;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, String>>> all, OutputReceiver<ClaimChange> out) {
      Map<String, String> claimOf = new TreeMap<>();
      all.getValue().forEach(kv -> claimOf.put(kv.getKey(), kv.getValue()));
      for (ClaimChanges.Change c : ClaimChanges.compare(previousClaimOf, claimOf)) {
        out.output(new ClaimChange(c.claimId(), c.change(), c.previousClaimIds(), c.claimIds(), c.mentionCount(),
            c.previousMentionCount()));
      }
    }
  }
}
