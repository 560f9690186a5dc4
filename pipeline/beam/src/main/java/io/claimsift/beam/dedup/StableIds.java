package io.claimsift.beam.dedup;

import io.claimsift.beam.RecordCoder;
import io.claimsift.dedup.StableClaimIds;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Renames the clusters of {@link ClusterClaims} after the previous release's claims by the rule of
 * {@link StableClaimIds}, in claims and claim mentions alike.
 *
 * <p>One step holds the (mention_id, claim_id) pairs of both releases on one worker (the previous
 * ones travel inside the transform): that is this stage's scaling limit, far below the resolving
 * step's, which holds whole mentions.
 */
public final class StableIds extends PTransform<PCollectionTuple, PCollectionTuple> {
  private final TreeMap<String, String> previousClaimOf;

  /** @param previousClaimOf the previous release's mention_id to claim_id */
  public StableIds(Map<String, String> previousClaimOf) {
    this.previousClaimOf = new TreeMap<>(previousClaimOf);
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple clustered) {
    PCollection<ClaimMention> mentions = clustered.get(ClusterClaims.MENTIONS);
    PCollectionView<Map<String, String>> stableIds = mentions
        .apply("MembershipPairs", ParDo.of(new MembershipFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("KeyMembershipTogether", WithKeys.<String, KV<String, String>>of("all")
            .withKeyType(TypeDescriptors.strings()))
        .apply("GroupMembership", GroupByKey.create())
        .apply("InheritPreviousIds", ParDo.of(new InheritFn(previousClaimOf)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("StableIdView", View.asMap());
    PCollection<ClaimMention> renamedMentions = mentions
        .apply("RenameMentionClaims", ParDo.of(new RenameMentionFn(stableIds)).withSideInputs(stableIds))
        .setCoder(RecordCoder.of(ClaimMention.class));
    PCollection<Claim> renamedClaims = clustered.get(ClusterClaims.CLAIMS)
        .apply("RenameClaims", ParDo.of(new RenameClaimFn(stableIds)).withSideInputs(stableIds))
        .setCoder(RecordCoder.of(Claim.class));
    return PCollectionTuple.of(ClusterClaims.MENTIONS, renamedMentions).and(ClusterClaims.CLAIMS, renamedClaims);
  }

  /** mention_id to its claim_id. */
  static final class MembershipFn extends DoFn<ClaimMention, KV<String, String>> {
    @ProcessElement
    public void process(@Element ClaimMention m, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(m.getMentionId(), m.getClaimId()));
    }
  }

  /** Applies the rule once, over the whole membership. */
  static final class InheritFn extends DoFn<KV<String, Iterable<KV<String, String>>>, KV<String, String>> {
    private final TreeMap<String, String> previousClaimOf;

    InheritFn(TreeMap<String, String> previousClaimOf) {
      this.previousClaimOf = previousClaimOf;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, String>>> all, OutputReceiver<KV<String, String>> out) {
      Map<String, String> newClaimOf = new TreeMap<>();
      all.getValue().forEach(kv -> newClaimOf.put(kv.getKey(), kv.getValue()));
      StableClaimIds.assign(previousClaimOf, newClaimOf).forEach((from, to) -> out.output(KV.of(from, to)));
    }
  }

  static final class RenameMentionFn extends DoFn<ClaimMention, ClaimMention> {
    private final PCollectionView<Map<String, String>> stableIds;

    RenameMentionFn(PCollectionView<Map<String, String>> stableIds) {
      this.stableIds = stableIds;
    }

    @ProcessElement
    public void process(@Element ClaimMention m, OutputReceiver<ClaimMention> out, ProcessContext c) {
      String id = c.sideInput(stableIds).getOrDefault(m.getClaimId(), m.getClaimId());
      out.output(ClaimMention.newBuilder(m).setClaimId(id).build());
    }
  }

  static final class RenameClaimFn extends DoFn<Claim, Claim> {
    private final PCollectionView<Map<String, String>> stableIds;

    RenameClaimFn(PCollectionView<Map<String, String>> stableIds) {
      this.stableIds = stableIds;
    }

    @ProcessElement
    public void process(@Element Claim claim, OutputReceiver<Claim> out, ProcessContext c) {
      String id = c.sideInput(stableIds).getOrDefault(claim.getClaimId(), claim.getClaimId());
      out.output(Claim.newBuilder(claim).setClaimId(id).build());
    }
  }
}
