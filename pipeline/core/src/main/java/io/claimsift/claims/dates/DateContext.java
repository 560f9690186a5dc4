package io.claimsift.claims.dates;

import io.claimsift.sentences.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * What the date engine may read beyond the sentence it dates: the sentences before it in the same
 * clean text. An anaphoric step ("the following year", "the same week", "the next day") counts from
 * the last closed date of the sentence itself when it has one; otherwise from the last closed date
 * of the nearest of the {@value #LOOK_BACK} sentences before it that states one (read with this same
 * rule, so "On March 3 ... . The next day ... . The following day ..." chains), and only then from
 * the reference day ("the next day" alone is not read: the day of a story's events is not its
 * publication day). The earlier sentences are read only when a sentence needs them, at most {@value
 * #LOOK_BACK} back, so the cost per sentence stays bounded. Immutable; the claim stage builds one per
 * sentence ({@link #before}), a lone text has {@link #none}.
 */
public final class DateContext {

  /** How many sentences back an anaphoric step looks for its date. */
  public static final int LOOK_BACK = 3;

  private static final DateContext NONE = new DateContext(List.of(), 0, 0);

  private final List<Sentence> sentences;
  private final int index;
  private final int floor;

  private DateContext(List<Sentence> sentences, int index, int floor) {
    this.sentences = sentences;
    this.index = index;
    this.floor = floor;
  }

  /** No earlier sentence: anaphoric steps count from the sentence's own dates or the reference day. */
  public static DateContext none() {
    return NONE;
  }

  /**
   * The context of {@code sentences.get(index)}, where {@code sentences} are the text's sentences
   * in order (the list is read, not copied: it must not change while the context is used).
   */
  public static DateContext before(List<Sentence> sentences, int index) {
    Objects.requireNonNull(sentences, "sentences");
    if (index < 0 || index >= sentences.size()) {
      throw new IndexOutOfBoundsException("index " + index + " of " + sentences.size() + " sentences");
    }
    return new DateContext(sentences, index, Math.max(0, index - LOOK_BACK));
  }

  /** The earlier sentences to read, nearest first: indexes from {@code index - 1} down to the floor. */
  int nearest() {
    return index - 1;
  }

  int floor() {
    return floor;
  }

  Sentence sentence(int k) {
    return sentences.get(k);
  }

  /** The context of earlier sentence {@code k}: the same floor, so the look-back never widens. */
  DateContext of(int k) {
    return new DateContext(sentences, k, floor);
  }
}
