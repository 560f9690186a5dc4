package io.claimsift.beam.dedup;

import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.dates.Granularity;
import io.claimsift.claims.quantities.QuantityKind;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.MentionSignals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.util.CoderUtils;

/**
 * Encodes what the dedup screen reads of a mention ({@link DedupMention}): ids, sentence,
 * quantities, dates, score and hedging, and nothing else of the claim record.
 *
 * <p>{@link BlockKeysFn} encodes each lead once ({@link #toBytes}) and sends the same bytes under
 * every blocking key (about 20 per mention), so the runner moves and sorts byte arrays instead of
 * encoding, copying and decoding a whole Avro record per key.
 *
 * <p>{@link #signalsToBytes} adds the mention's content and entity tokens, the costly part of its
 * screening signals ({@link MentionSignals}): computed once per mention in {@link BlockKeysFn}
 * instead of once in every partition its keys reach.
 */
final class DedupMentionCoder extends AtomicCoder<DedupMention> {
  private static final DedupMentionCoder INSTANCE = new DedupMentionCoder();
  private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
  private static final NullableCoder<String> NULLABLE_TEXT = NullableCoder.of(TEXT);
  private static final VarIntCoder INT = VarIntCoder.of();
  private static final DoubleCoder DOUBLE = DoubleCoder.of();
  private static final NullableCoder<Double> NULLABLE_DOUBLE = NullableCoder.of(DOUBLE);
  private static final NullableCoder<Long> NULLABLE_DAY = NullableCoder.of(VarLongCoder.of());
  private static final BooleanCoder FLAG = BooleanCoder.of();

  private DedupMentionCoder() {}

  static DedupMentionCoder of() {
    return INSTANCE;
  }

  static byte[] toBytes(DedupMention mention) {
    try {
      return CoderUtils.encodeToByteArray(INSTANCE, mention);
    } catch (CoderException e) {
      throw new IllegalStateException("cannot encode mention " + mention.mentionId(), e);
    }
  }

  static DedupMention fromBytes(byte[] bytes) {
    try {
      return CoderUtils.decodeFromByteArray(INSTANCE, bytes);
    } catch (CoderException e) {
      throw new IllegalStateException("cannot decode a screened mention", e);
    }
  }

  /** The mention and its content and entity tokens. */
  static byte[] signalsToBytes(MentionSignals signals) {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(512);
      INSTANCE.encode(signals.mention(), out);
      List<String> tokens = signals.contentTokens();
      INT.encode(tokens.size(), out);
      for (String t : tokens) {
        TEXT.encode(t, out);
      }
      Set<String> entities = signals.features().entities();
      INT.encode(entities.size(), out);
      for (String e : entities) {
        TEXT.encode(e, out);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode mention " + signals.mention().mentionId(), e);
    }
  }

  /** The mention id of bytes written by {@link #toBytes} or {@link #signalsToBytes}, read without the rest. */
  static String mentionIdOf(byte[] bytes) {
    try {
      return TEXT.decode(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new IllegalStateException("cannot decode a screened mention's id", e);
    }
  }

  /** The signals written by {@link #signalsToBytes}; equal to {@code MentionSignals.of} of the mention. */
  static MentionSignals signalsFromBytes(byte[] bytes) {
    try {
      ByteArrayInputStream in = new ByteArrayInputStream(bytes);
      DedupMention mention = INSTANCE.decode(in);
      int tokenCount = INT.decode(in);
      List<String> tokens = new ArrayList<>(tokenCount);
      for (int i = 0; i < tokenCount; i++) {
        tokens.add(TEXT.decode(in));
      }
      int entityCount = INT.decode(in);
      Set<String> entities = new TreeSet<>();
      for (int i = 0; i < entityCount; i++) {
        entities.add(TEXT.decode(in));
      }
      if (in.available() != 0) {
        throw new CoderException(in.available() + " bytes left after a screened mention");
      }
      return MentionSignals.of(mention, tokens, entities);
    } catch (IOException e) {
      throw new IllegalStateException("cannot decode a screened mention", e);
    }
  }

  @Override
  public void encode(DedupMention m, OutputStream out) throws IOException {
    TEXT.encode(m.mentionId(), out);
    TEXT.encode(m.articleId(), out);
    TEXT.encode(m.sentence(), out);
    INT.encode(m.quantities().size(), out);
    for (QuantityMention q : m.quantities()) {
      TEXT.encode(q.text(), out);
      INT.encode(q.start(), out);
      INT.encode(q.end(), out);
      TEXT.encode(q.kind().name(), out);
      DOUBLE.encode(q.value(), out);
      NULLABLE_TEXT.encode(q.unit(), out);
      NULLABLE_TEXT.encode(q.currency(), out);
      DOUBLE.encode(q.normalizedValue(), out);
      NULLABLE_DOUBLE.encode(q.low(), out);
      NULLABLE_DOUBLE.encode(q.high(), out);
      NULLABLE_TEXT.encode(q.bound(), out);
      NULLABLE_TEXT.encode(q.change(), out);
    }
    INT.encode(m.dates().size(), out);
    for (DateMention d : m.dates()) {
      TEXT.encode(d.text(), out);
      INT.encode(d.start(), out);
      INT.encode(d.end(), out);
      NULLABLE_DAY.encode(d.first() == null ? null : d.first().toEpochDay(), out);
      NULLABLE_DAY.encode(d.last() == null ? null : d.last().toEpochDay(), out);
      TEXT.encode(d.granularity().name(), out);
    }
    DOUBLE.encode(m.score(), out);
    FLAG.encode(m.hedged(), out);
  }

  @Override
  public DedupMention decode(InputStream in) throws IOException {
    String mentionId = TEXT.decode(in);
    String articleId = TEXT.decode(in);
    String sentence = TEXT.decode(in);
    int quantityCount = INT.decode(in);
    List<QuantityMention> quantities = new ArrayList<>(quantityCount);
    for (int i = 0; i < quantityCount; i++) {
      quantities.add(new QuantityMention(TEXT.decode(in), INT.decode(in), INT.decode(in),
          QuantityKind.valueOf(TEXT.decode(in)), DOUBLE.decode(in), NULLABLE_TEXT.decode(in),
          NULLABLE_TEXT.decode(in), DOUBLE.decode(in), NULLABLE_DOUBLE.decode(in), NULLABLE_DOUBLE.decode(in),
          NULLABLE_TEXT.decode(in), NULLABLE_TEXT.decode(in)));
    }
    int dateCount = INT.decode(in);
    List<DateMention> dates = new ArrayList<>(dateCount);
    for (int i = 0; i < dateCount; i++) {
      String text = TEXT.decode(in);
      int start = INT.decode(in);
      int end = INT.decode(in);
      Long first = NULLABLE_DAY.decode(in);
      Long last = NULLABLE_DAY.decode(in);
      dates.add(new DateMention(text, start, end, first == null ? null : LocalDate.ofEpochDay(first),
          last == null ? null : LocalDate.ofEpochDay(last), Granularity.valueOf(TEXT.decode(in))));
    }
    return new DedupMention(mentionId, articleId, sentence, quantities, dates, DOUBLE.decode(in), FLAG.decode(in));
  }

  @Override
  public void verifyDeterministic() {}
}
