package io.claimsift.report;

import io.claimsift.schema.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Cuts a mention's sentence into plain and marked pieces: the quantities found in it are marked. */
final class MarkedSentence {
  private MarkedSentence() {}

  /**
   * The sentence in pieces; quantity offsets index into the article, so they are shifted by the
   * sentence's start. Quantities that fall outside the sentence or overlap an earlier one are
   * left unmarked rather than guessed at.
   */
  static List<ReportView.Piece> pieces(String sentence, int sentenceStart, List<Quantity> quantities) {
    List<Quantity> ordered = new ArrayList<>(quantities);
    ordered.sort(Comparator.comparingInt(Quantity::getStart).thenComparingInt(Quantity::getEnd));
    List<ReportView.Piece> pieces = new ArrayList<>();
    int at = 0;
    for (Quantity q : ordered) {
      int start = q.getStart() - sentenceStart;
      int end = q.getEnd() - sentenceStart;
      if (start < at || end <= start || end > sentence.length()) {
        continue;
      }
      if (start > at) {
        pieces.add(new ReportView.Piece(sentence.substring(at, start), false));
      }
      pieces.add(new ReportView.Piece(sentence.substring(start, end), true));
      at = end;
    }
    if (at < sentence.length()) {
      pieces.add(new ReportView.Piece(sentence.substring(at), false));
    }
    return pieces;
  }
}
