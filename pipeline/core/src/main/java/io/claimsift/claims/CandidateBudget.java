package io.claimsift.claims;

import io.claimsift.sentences.Sentence;
import java.io.Serializable;
import java.util.List;

/**
 * Which sentences of an article are claim candidates, under two budgets that bound the claim
 * engines' work per article (see docs/reliability.md, "Budgets and isolation"). Some engines' work
 * grows faster than a sentence's length (they look back over the sentence from each number or
 * date they find), so a sentence longer than {@code maxSentenceChars} is not a candidate; no real
 * claim is that long. The candidates of an article, in text order, may total at most {@code
 * maxCandidateChars} characters: once the next one would pass that, it and every later sentence
 * are left out, so an article's claim work is bounded whatever its length.
 *
 * @param maxSentenceChars the longest sentence that is a candidate
 * @param maxCandidateChars the most characters of candidates per article
 */
public record CandidateBudget(int maxSentenceChars, int maxCandidateChars) implements Serializable {
  /**
   * Above every claim mention on the evaluation data, so that the cap changes none: the longest has
   * 873 characters on the extraction pages and 2,467 on ECB+ (a paragraph whose sentence boundaries
   * the splitter missed).
   */
  public static final int DEFAULT_MAX_SENTENCE_CHARS = 2500;
  /** The longest article in the evaluation data has 82,060 characters of clean text. */
  public static final int DEFAULT_MAX_CANDIDATE_CHARS = 500_000;

  /** What the budget makes of one sentence. */
  public enum Verdict {
    CANDIDATE,
    /** Longer than {@code maxSentenceChars}. */
    TOO_LONG,
    /** After the article's candidates reached {@code maxCandidateChars}. */
    OVER_BUDGET
  }

  public CandidateBudget {
    if (maxSentenceChars < 1 || maxCandidateChars < 1) {
      throw new IllegalArgumentException("budgets must be positive: " + maxSentenceChars + ", " + maxCandidateChars);
    }
  }

  /** The defaults. */
  public static CandidateBudget standard() {
    return new CandidateBudget(DEFAULT_MAX_SENTENCE_CHARS, DEFAULT_MAX_CANDIDATE_CHARS);
  }

  /** The verdict of each of an article's sentences, in order. */
  public Verdict[] judge(List<Sentence> sentences) {
    Verdict[] verdicts = new Verdict[sentences.size()];
    long candidateChars = 0;
    boolean spent = false;
    for (int i = 0; i < verdicts.length; i++) {
      int length = sentences.get(i).text().length();
      if (length > maxSentenceChars) {
        verdicts[i] = Verdict.TOO_LONG;
        continue;
      }
      spent = spent || candidateChars + length > maxCandidateChars;
      verdicts[i] = spent ? Verdict.OVER_BUDGET : Verdict.CANDIDATE;
      candidateChars += spent ? 0 : length;
    }
    return verdicts;
  }
}
