package io.claimsift.claims;

import static io.claimsift.claims.CandidateBudget.Verdict.CANDIDATE;
import static io.claimsift.claims.CandidateBudget.Verdict.OVER_BUDGET;
import static io.claimsift.claims.CandidateBudget.Verdict.TOO_LONG;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.arrayContaining;

import io.claimsift.sentences.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class CandidateBudgetTest {
  private static List<Sentence> sentences(int... lengths) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    for (int length : lengths) {
      out.add(new Sentence(start, start + length, "x".repeat(length)));
      start += length + 1;
    }
    return out;
  }

  @Test
  public void longSentencesAreNotCandidatesAndDoNotSpendTheBudget() {
    CandidateBudget budget = new CandidateBudget(10, 25);

    assertThat(budget.judge(sentences(10, 11, 10, 5, 100)),
        arrayContaining(CANDIDATE, TOO_LONG, CANDIDATE, CANDIDATE, TOO_LONG));
  }

  @Test
  public void onceTheArticleBudgetIsSpentNoLaterSentenceIsACandidate() {
    CandidateBudget budget = new CandidateBudget(10, 25);

    // 10 + 10 fit; the next 10 would make 30: it and every later one are out, even a short one
    assertThat(budget.judge(sentences(10, 10, 10, 1, 50)),
        arrayContaining(CANDIDATE, CANDIDATE, OVER_BUDGET, OVER_BUDGET, TOO_LONG));
  }
}
