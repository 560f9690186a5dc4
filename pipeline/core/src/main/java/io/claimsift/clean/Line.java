package io.claimsift.clean;

import java.util.Locale;

/**
 * One block under classification: the per-line facts every pass of {@link LineClassifier} and
 * {@link BodyRegion} reads, computed once, and the verdict the passes write.
 *
 * <p>Mutable, and confined to one {@code classify} call.
 */
final class Line {

  final LineClassifier.Block block;
  /** The original characters, whitespace collapsed: names are extracted from these. */
  final String plain;
  /** {@link #plain} with curly quotes folded ({@link LineText#normalize}): rules match this. */
  final String norm;
  /**
   * {@link #norm} in lower case: for word lists, and the line's duplicate key (normalizing is
   * idempotent, so this is also the normalized lower case of the block's text).
   */
  final String lower;
  /** {@link LineText#wordCount} of {@link #norm}. */
  final int words;

  /** Why the line is removed, or null while it is kept. */
  RemovalReason reason;
  /** The line opens a section whose non-body lines go with it (comments, related links, bio). */
  boolean heading;
  /** For a kept line later marked a duplicate: the index of its first copy; else -1. */
  int copyOf = -1;

  Line(LineClassifier.Block block) {
    this.block = block;
    String text = block.text();
    this.plain = LineText.collapse(text);
    // normalize(text) is collapse(text) when there is no curly quote to fold: reuse it.
    this.norm = LineText.hasCurlyQuote(text) ? LineText.normalize(text) : plain;
    this.lower = norm.toLowerCase(Locale.ROOT);
    this.words = LineText.wordCount(norm);
  }

  /**
   * A line of {@code block} whose text is {@code same}'s: the text facts are taken from it, not
   * computed again (they read only the text).
   */
  Line(LineClassifier.Block block, Line same) {
    this.block = block;
    this.plain = same.plain;
    this.norm = same.norm;
    this.lower = same.lower;
    this.words = same.words;
  }

  boolean kept() {
    return reason == null;
  }

  /** The key under which equal lines count as duplicates. */
  String duplicateKey() {
    return lower;
  }
}
