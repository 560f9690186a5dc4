package io.claimsift.eval.dedup;

import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.MentionSignals;
import io.claimsift.dedup.PairFeatures;
import io.claimsift.dedup.PairScreen;
import io.claimsift.dedup.SameClaimMatcher;
import io.claimsift.embed.SentenceEmbedder;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The MRPC pairs as the pipeline sees them: each sentence a mention (quantities and dates from the
 * pipeline's extractors), its signals and embedding, and each pair's feature vector and screen.
 */
final class MrpcFeatures {
  final MrpcPairs data;
  final double[][] x;
  final boolean[] y;
  final PairScreen[] screen;
  final boolean[] numberConsistent;
  final MentionSignals[][] signals;
  final float[][][] vectors;

  private MrpcFeatures(MrpcPairs data) {
    this.data = data;
    int n = data.pairs().size();
    x = new double[n][];
    y = new boolean[n];
    screen = new PairScreen[n];
    numberConsistent = new boolean[n];
    signals = new MentionSignals[n][];
    vectors = new float[n][][];
  }

  /** Reads a labelled file; {@code cache} (may be null) keeps embeddings between runs. */
  static MrpcFeatures of(Path file, Path cache, SameClaimMatcher.Rules screenRules) throws IOException {
    MrpcFeatures f = new MrpcFeatures(MrpcPairs.read(file));
    EmbeddingCache embeddings = EmbeddingCache.of(f.data.sentences(), cache);
    for (int i = 0; i < f.x.length; i++) {
      MrpcPairs.Pair p = f.data.pairs().get(i);
      DedupMention a = EvalMentions.of("a" + i, "A" + i, p.first());
      DedupMention b = EvalMentions.of("b" + i, "B" + i, p.second());
      MentionSignals sa = MentionSignals.of(a);
      MentionSignals sb = MentionSignals.of(b);
      float[] ea = embeddings.get(p.first());
      float[] eb = embeddings.get(p.second());
      f.signals[i] = new MentionSignals[] {sa, sb};
      f.vectors[i] = new float[][] {ea, eb};
      f.x[i] = PairFeatures.of(sa, sb, SentenceEmbedder.cosine(ea, eb));
      f.y[i] = p.same();
      f.screen[i] = screenRules.screen(sa, sb);
      f.numberConsistent[i] = p.numberConsistent();
    }
    return f;
  }

  int size() {
    return x.length;
  }
}
