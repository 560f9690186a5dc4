package io.claimsift.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

  /** The model and its tokenizer, as the langchain4j jar ships them (class-path roots). */
  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private final EmbeddingModel model;

  private SentenceEmbedder() {
    this.model = new SingleThreadModel();
  }

  /**
   * langchain4j's all-MiniLM-L6-v2 (quantised) with an ONNX session that runs each call on its
   * calling thread ({@code intraOpNumThreads = 1}) instead of ONNX Runtime's default pool of one
   * thread per core. The pipeline already calls it from one thread per core, and the pool's
   * threads spin while they wait: with two callers on two cores the default used 1.8 times the
   * CPU for the same vectors (1,500 ClaimBuster sentences: 10.0 against 5.7 s, bit-identical).
   */
  private static final class SingleThreadModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    SingleThreadModel() {
      super(Runnable::run); // embedAll is not used; embed runs on the caller's thread anyway
      try (InputStream modelBytes = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = environment.createSession(modelBytes.readAllBytes(), options);
        this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the embedding model", e);
      } catch (OrtException e) {
        throw new IllegalStateException("cannot load the embedding model", e);
      }
    }

    private static InputStream resource(String name) {
      InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException("the embedding model " + name + " is not on the class path");
      }
      return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
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
