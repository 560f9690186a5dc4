package io.claimsift.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The fixed split of every dev set into a {@code tune} half (failures may be read) and a
 * {@code check} half (only its figure is read).
 *
 * <p>A case (page, sentence, pair, document) is in {@code check} when the first byte of
 * SHA-256("tc1:" + its id) is below 128. The rule depends on the id alone, so a case never changes
 * half when the set grows, and every command splits the same way. A change that raises
 * {@code tune} but not {@code check} is memorisation.
 */
public final class TuneCheckSplit {

  /** The half that may be studied case by case. */
  public static final String TUNE = "tune";

  /** The half whose failures are never read; it predicts the held-out figure. */
  public static final String CHECK = "check";

  private TuneCheckSplit() {}

  /** Whether the case with this id is in the {@code check} half. */
  public static boolean isCheck(String caseId) {
    return (sha256("tc1:" + caseId)[0] & 0xff) < 128;
  }

  /** {@link #CHECK} or {@link #TUNE}, for the case with this id. */
  public static String half(String caseId) {
    return isCheck(caseId) ? CHECK : TUNE;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
