package io.claimsift.embed;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * 384-dimensional sentence embeddings from all-MiniLM-L6-v2 (quantised), run offline on ONNX Runtime.
 *
 * <p>The model ships inside the langchain4j jar; nothing is downloaded. Loading it takes about a
 * second and some 100 MB, so there is one shared instance per JVM ({@link #shared()}), loaded on
 * first use; Beam workers call it from {@code @Setup}. Thread-safe: ONNX Runtime sessions accept
 * concurrent calls. Vectors are L2-normalised, so a dot product is the cosine similarity.
 */
public final class SentenceEmbedder {

  /** Dimension of every vector this embedder returns. */
  public static final int DIMENSIONS = 384;

  private static volatile SentenceEmbedder shared;

  private final AllMiniLmL6V2QuantizedEmbeddingModel model;

  private SentenceEmbedder() {
    this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  /** The JVM-wide embedder, loading the model on first call. */
  public static SentenceEmbedder shared() {
    SentenceEmbedder local = shared;
    if (local == null) {
      synchronized (SentenceEmbedder.class) {
        local = shared;
        if (local == null) {
          local = new SentenceEmbedder();
          shared = local;
        }
      }
    }
    return local;
  }

  /** The unit-length embedding of one sentence. */
  public float[] embed(String sentence) {
    return normalized(model.embed(sentence).content().vector());
  }

  /** Cosine similarity of two unit-length vectors. */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
    }
    return dot;
  }

  private static float[] normalized(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += (double) v * v;
    }
    norm = Math.sqrt(norm);
    if (norm == 0) {
      return vector;
    }
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = (float) (vector[i] / norm);
    }
    return unit;
  }
}
