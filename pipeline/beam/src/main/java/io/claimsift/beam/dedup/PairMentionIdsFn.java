package io.claimsift.beam.dedup;

import java.util.HashSet;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Emits the ids of the two mentions of a pair, each id once per bundle as far as it remembers.
 *
 * <p>The undecided pairs of near-identical sentences are dense (at 2,000 articles about 700,000
 * pairs over about 6,000 mentions), so without this every id would travel to the embedding join
 * about a hundred times. The embedding step ({@link AttachComponentsFn}, {@link EmbedMentionFn})
 * embeds each needed mention once however often its id arrives, so an id sent twice changes
 * nothing: the set only saves traffic, and it forgets everything at {@link #MAX_REMEMBERED} ids
 * to bound its memory.
 */
final class PairMentionIdsFn extends DoFn<MentionIdPair, String> {
  /** Ids remembered per bundle before the set starts again. */
  static final int MAX_REMEMBERED = 100_000;

  private transient Set<String> emitted;

  @StartBundle
  public void startBundle() {
    emitted = new HashSet<>();
  }

  @ProcessElement
  public void process(@Element MentionIdPair pair, OutputReceiver<String> out) {
    emitOnce(pair.first(), out);
    emitOnce(pair.second(), out);
  }

  private void emitOnce(String id, OutputReceiver<String> out) {
    if (emitted.size() >= MAX_REMEMBERED) {
      emitted.clear();
    }
    if (emitted.add(id)) {
      out.output(id);
    }
  }
}
