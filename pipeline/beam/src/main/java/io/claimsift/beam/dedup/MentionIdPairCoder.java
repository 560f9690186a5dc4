package io.claimsift.beam.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;

/**
 * Encodes a {@link MentionIdPair} as its two ids, each a length-prefixed UTF-8 string.
 *
 * <p>Deterministic (equal pairs give equal bytes), so pairs may be grouping keys or be compared
 * by their encoding on any runner.
 */
final class MentionIdPairCoder extends AtomicCoder<MentionIdPair> {
  private static final MentionIdPairCoder INSTANCE = new MentionIdPairCoder();
  private static final StringUtf8Coder ID = StringUtf8Coder.of();

  private MentionIdPairCoder() {}

  static MentionIdPairCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(MentionIdPair pair, OutputStream out) throws IOException {
    ID.encode(pair.first(), out);
    ID.encode(pair.second(), out);
  }

  @Override
  public MentionIdPair decode(InputStream in) throws IOException {
    return new MentionIdPair(ID.decode(in), ID.decode(in));
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    ID.verifyDeterministic();
  }

  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
