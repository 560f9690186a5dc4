package io.claimsift.fuzz;

import io.claimsift.claims.ClaimFacts;
import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.clean.CleanedArticle;
import io.claimsift.sentences.Sentence;
import java.util.List;

/** The offset invariants every fuzz target checks; a violation throws {@link AssertionError}. */
final class Invariants {
  private Invariants() {}

  static void cleaned(CleanedArticle article) {
    check(article != null, "cleaner returned null");
    check(article.cleanText() != null, "clean text is null");
  }

  /** Each sentence lies inside {@code text}, in order, and equals the text at its offsets. */
  static void sentences(String text, List<Sentence> sentences) {
    int previousEnd = 0;
    for (Sentence s : sentences) {
      inRange(text, s.start(), s.end(), "sentence");
      check(s.start() >= previousEnd, "sentences overlap or go backwards at " + s.start());
      check(text.substring(s.start(), s.end()).equals(s.text()),
          "sentence text differs from clean_text at " + s.start() + ".." + s.end());
      check(!s.text().isBlank(), "blank sentence at " + s.start());
      previousEnd = s.end();
    }
  }

  /** Every quantity's and date's text is the clean text at its offsets, inside the sentence. */
  static void facts(String text, Sentence sentence, ClaimFacts facts) {
    check(facts != null, "extractor returned null");
    for (QuantityMention q : facts.quantities()) {
      inRange(text, q.start(), q.end(), "quantity");
      check(text.substring(q.start(), q.end()).equals(q.text()),
          "quantity text '" + q.text() + "' differs from clean_text at " + q.start() + ".." + q.end());
      check(q.start() >= sentence.start() && q.end() <= sentence.end(), "quantity outside its sentence");
    }
    for (DateMention d : facts.dates()) {
      inRange(text, d.start(), d.end(), "date");
      check(text.substring(d.start(), d.end()).equals(d.text()),
          "date text '" + d.text() + "' differs from clean_text at " + d.start() + ".." + d.end());
      check(d.start() >= sentence.start() && d.end() <= sentence.end(), "date outside its sentence");
    }
    check(facts.score() >= 0 && facts.score() <= 1, "score out of [0, 1]: " + facts.score());
  }

  private static void inRange(String text, int start, int end, String what) {
    check(0 <= start && start <= end && end <= text.length(),
        what + " offsets " + start + ".." + end + " outside 0.." + text.length());
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }
}
