package io.claimsift.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random strings glued from given pieces, for checking a hand-written scanner against the expression it replaces. */
public final class RandomPieces {
  private RandomPieces() {}

  /** {@code count} strings of 0 to {@code maxPieces - 1} pieces each, the same for the same seed. */
  public static List<String> strings(String[] pieces, long seed, int count, int maxPieces) {
    Random random = new Random(seed);
    List<String> strings = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(maxPieces);
      for (int k = 0; k < length; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      strings.add(b.toString());
    }
    return strings;
  }
}
