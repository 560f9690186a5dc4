package io.claimsift.eval.dedup;

import java.util.HashMap;
import java.util.Map;

/** B-cubed precision and recall of a clustering against gold classes, averaged over items. */
record BCubed(double precision, double recall) {
  double f1() {
    return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
  }

  /** Both maps give every item's class (gold) or cluster (predicted); items are the gold keys. */
  static BCubed of(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> bothSize = new HashMap<>();
    for (String item : gold.keySet()) {
      String g = gold.get(item);
      String p = predicted.getOrDefault(item, "single:" + item);
      goldSize.merge(g, 1, Integer::sum);
      predictedSize.merge(p, 1, Integer::sum);
      bothSize.merge(g + '\u0000' + p, 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (String item : gold.keySet()) {
      String g = gold.get(item);
      String p = predicted.getOrDefault(item, "single:" + item);
      int both = bothSize.get(g + '\u0000' + p);
      precision += (double) both / predictedSize.get(p);
      recall += (double) both / goldSize.get(g);
    }
    int n = gold.size();
    return n == 0 ? new BCubed(0, 0) : new BCubed(precision / n, recall / n);
  }
}
