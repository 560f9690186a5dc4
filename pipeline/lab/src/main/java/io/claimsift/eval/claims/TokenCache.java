package io.claimsift.eval.claims;

import io.claimsift.embed.SentenceEmbedder;
import io.claimsift.embed.TokenOutputs;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The frozen MiniLM token outputs of every row of a ClaimBuster file, computed once and kept in a
 * file outside the repository ({@code <dir>/tokens.bf16}).
 *
 * <p>Values are stored as bfloat16 (the upper 16 bits of a float, rounded to nearest): half the
 * size, and a relative error near 0.2%, far below what a classifier head on frozen outputs notices.
 * Row {@code i} of the file is row {@code i} of the TSV; the header holds the row count and a hash
 * of all texts, so a cache built from another file is refused.
 */
final class TokenCache {

  static final int DIM = SentenceEmbedder.DIMENSIONS;
  private static final int MAGIC = 0x544f4b31; // "TOK1"
  private static final int CHECKED_ROWS = 300;

  private TokenCache() {}

  /** Token matrix of each row, flattened ({@code tokens * DIM} bfloat16 values); built if missing. */
  static short[][] load(List<ClaimBusterFile.Row> rows, Path dir) throws IOException {
    Path file = dir.resolve("tokens.bf16");
    if (!Files.exists(file)) {
      Files.createDirectories(dir);
      build(rows, file);
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
      if (in.readInt() != MAGIC || in.readInt() != rows.size() || in.readInt() != textsHash(rows)) {
        throw new IOException(file + " was built from another file; delete it to rebuild");
      }
      short[][] tokens = new short[rows.size()][];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = new short[in.readInt() * DIM];
        for (int j = 0; j < tokens[i].length; j++) {
          tokens[i][j] = in.readShort();
        }
      }
      return tokens;
    }
  }

  /** The float a stored bfloat16 stands for. */
  static float toFloat(short bf16) {
    return Float.intBitsToFloat((bf16 & 0xffff) << 16);
  }

  /** Nearest bfloat16 (ties to even) of a finite float. */
  static short toBf16(float value) {
    int bits = Float.floatToRawIntBits(value);
    int rounded = bits + 0x7fff + ((bits >>> 16) & 1);
    return (short) (rounded >>> 16);
  }

  private static void build(List<ClaimBusterFile.Row> rows, Path file) throws IOException {
    long start = System.nanoTime();
    double worstCosine = 1;
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (TokenOutputs model = TokenOutputs.load();
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20))) {
      out.writeInt(MAGIC);
      out.writeInt(rows.size());
      out.writeInt(textsHash(rows));
      for (int i = 0; i < rows.size(); i++) {
        float[][] tokens = model.of(rows.get(i).text());
        if (i < CHECKED_ROWS) { // the right tensor: its mean is the pipeline's sentence vector
          float[] expected = SentenceEmbedder.shared().embed(rows.get(i).text());
          worstCosine = Math.min(worstCosine, SentenceEmbedder.cosine(expected, TokenOutputs.meanPooled(tokens)));
        }
        out.writeInt(tokens.length);
        for (float[] token : tokens) {
          for (float v : token) {
            out.writeShort(toBf16(v));
          }
        }
        if ((i + 1) % 2000 == 0) {
          System.out.printf("tokens: %d rows in %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
        }
      }
    }
    Files.move(partial, file);
    System.out.printf("tokens: %d rows in %.0f s; mean-pooled vs SentenceEmbedder on the first %d: worst cosine %.6f%n",
        rows.size(), (System.nanoTime() - start) / 1e9, CHECKED_ROWS, worstCosine);
  }

  private static int textsHash(List<ClaimBusterFile.Row> rows) {
    int hash = 1;
    for (ClaimBusterFile.Row row : rows) {
      hash = 31 * hash + row.text().hashCode();
    }
    return hash;
  }
}
