package io.claimsift.eval.dedup;

import io.claimsift.embed.SentenceEmbedder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * One embedding per distinct sentence of an evaluation, optionally kept in a file between runs
 * (an evaluation speed-up only; the vectors are the embedder's, bit for bit).
 */
final class EmbeddingCache {
  private final Map<String, float[]> vectors = new HashMap<>();

  /** Embeds every sentence not yet known, reading and then updating {@code file} when given. */
  static EmbeddingCache of(Collection<String> sentences, Path file) throws IOException {
    EmbeddingCache cache = new EmbeddingCache();
    if (file != null && Files.exists(file)) {
      try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String s = in.readUTF();
          float[] v = new float[in.readInt()];
          for (int j = 0; j < v.length; j++) {
            v[j] = in.readFloat();
          }
          cache.vectors.put(s, v);
        }
      }
    }
    int added = 0;
    SentenceEmbedder embedder = SentenceEmbedder.shared();
    for (String s : new TreeSet<>(sentences)) {
      if (!cache.vectors.containsKey(s)) {
        cache.vectors.put(s, embedder.embed(s));
        added++;
      }
    }
    if (file != null && added > 0) {
      try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
        out.writeInt(cache.vectors.size());
        for (Map.Entry<String, float[]> e : new java.util.TreeMap<>(cache.vectors).entrySet()) {
          out.writeUTF(e.getKey());
          out.writeInt(e.getValue().length);
          for (float f : e.getValue()) {
            out.writeFloat(f);
          }
        }
      }
    }
    return cache;
  }

  float[] get(String sentence) {
    float[] v = vectors.get(sentence);
    if (v == null) {
      throw new IllegalArgumentException("not embedded: " + sentence);
    }
    return v;
  }
}
