package io.claimsift.eval.claims;

import io.claimsift.claims.attribution.AttributionFinder;
import io.claimsift.claims.attribution.ClaimerCandidates;
import io.claimsift.linear.LogisticModel;
import io.claimsift.sentences.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a {@link LogisticModel} to NewsClaims documents: one choice per gold claim sentence among its
 * {@link ClaimerCandidates}, a candidate being correct when it overlaps the gold claimer
 * ({@link ClaimerEval#overlapMatch}).
 *
 * <p>Deterministic: documents in the order given, candidates in their own order, a seeded trainer.
 */
final class ClaimerTraining {

  private final ClaimerRankerTrainer trainer;
  private final ClaimerCandidates candidates = new ClaimerCandidates(AttributionFinder.english());

  ClaimerTraining(ClaimerRankerTrainer trainer) {
    this.trainer = trainer;
  }

  /** One claim sentence of a document: its gold item and its candidate claimers. */
  private record ClaimSentence(NewsClaimsFile.Item item, List<ClaimerCandidates.Candidate> candidates) {}

  /** The claim sentences of {@code documents} with their candidates, in document and sentence order. */
  private List<ClaimSentence> claimSentences(List<NewsClaimsFile.Document> documents) {
    List<ClaimSentence> out = new ArrayList<>();
    for (NewsClaimsFile.Document doc : documents) {
      List<Sentence> sentences = doc.items().stream().map(NewsClaimsFile.Item::sentence).toList();
      for (int i = 0; i < sentences.size(); i++) {
        NewsClaimsFile.Item item = doc.items().get(i);
        if (item.claim()) {
          out.add(new ClaimSentence(item, candidates.of(doc.text(), sentences, i)));
        }
      }
    }
    return out;
  }

  /** The choices of the claim sentences of {@code documents}, in document and sentence order. */
  List<ClaimerRankerTrainer.Choice> choices(List<NewsClaimsFile.Document> documents) {
    List<ClaimerRankerTrainer.Choice> choices = new ArrayList<>();
    for (ClaimSentence claim : claimSentences(documents)) {
      List<List<String>> features = new ArrayList<>();
      List<Boolean> correct = new ArrayList<>();
      for (ClaimerCandidates.Candidate c : claim.candidates()) {
        features.add(c.features());
        correct.add(ClaimerEval.overlapMatch(c.attribution().text(), claim.item().claimer()));
      }
      choices.add(new ClaimerRankerTrainer.Choice(features, correct));
    }
    return choices;
  }

  /** A model fitted to the claim sentences of {@code documents}. */
  LogisticModel fit(List<NewsClaimsFile.Document> documents, String description) {
    List<ClaimerRankerTrainer.Choice> choices = choices(documents);
    return trainer.fit(choices, description + "; " + choices.size() + " claims");
  }

  /** Claims with a gold claimer, and those of them some candidate overlaps: the recall a perfect choice reaches. */
  long[] coverage(List<NewsClaimsFile.Document> documents) {
    long gold = 0;
    long covered = 0;
    long total = 0;
    for (ClaimSentence claim : claimSentences(documents)) {
      total += claim.candidates().size();
      String claimer = claim.item().claimer();
      if (claimer != null) {
        gold++;
        covered += claim.candidates().stream().anyMatch(c -> ClaimerEval.overlapMatch(c.attribution().text(), claimer)) ? 1 : 0;
      }
    }
    return new long[] {gold, covered, total};
  }
}
