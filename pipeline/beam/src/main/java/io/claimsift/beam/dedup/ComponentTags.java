package io.claimsift.beam.dedup;

import io.claimsift.schema.ClaimMention;
import java.io.Serializable;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The tags of the join that sends mentions, pairs and embeddings to their component; the mentions
 * that an undecided pair needs are embedded there ({@link AttachComponentsFn}).
 */
final class ComponentTags implements Serializable {
  private static final long serialVersionUID = 1L;

  static final TupleTag<KV<String, KV<ClaimMention, ArticleFacts>>> MENTIONS_BY_COMPONENT =
      new TupleTag<>("mentionsByComponent") {};
  static final TupleTag<KV<String, MentionIdPair>> PAIRS_BY_COMPONENT = new TupleTag<>("pairsByComponent") {};
  static final TupleTag<KV<String, MentionIdPair>> DUPLICATES_BY_COMPONENT =
      new TupleTag<>("duplicatesByComponent") {};
  static final TupleTag<KV<String, KV<String, byte[]>>> EMBEDDINGS_BY_COMPONENT =
      new TupleTag<>("embeddingsByComponent") {};

  final TupleTag<KV<String, String>> labels = new TupleTag<>("labels");
  final TupleTag<KV<ClaimMention, ArticleFacts>> mentions = new TupleTag<>("mentions");
  final TupleTag<MentionIdPair> pairs = new TupleTag<>("pairs");
  final TupleTag<MentionIdPair> duplicates = new TupleTag<>("duplicates");
  /** Ids of the mentions that some undecided pair needs embedded (repeats allowed). */
  final TupleTag<String> needed = new TupleTag<>("needed");
}
