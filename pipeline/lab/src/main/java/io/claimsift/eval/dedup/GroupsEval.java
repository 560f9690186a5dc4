package io.claimsift.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.dedup.ClaimCluster;
import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.Deduplicator;
import io.claimsift.eval.ResultLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Clusters every sentence of a paraphrase-groups file at once with the pipeline's deduplicator
 * ({@link Deduplicator#defaults()}: blocking, screen, model, resolver) and scores the clusters
 * against the gold groups with B-cubed precision, recall and F1 (averaged over sentences).
 *
 * <p>Usage: {@code GroupsEval <groups.jsonl>}
 */
public final class GroupsEval {
  private GroupsEval() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: GroupsEval <groups.jsonl>");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    List<DedupMention> mentions = new ArrayList<>();
    Map<String, String> goldOf = new HashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode group = json.readTree(line);
      String gold = group.get("group_id").asText();
      for (JsonNode s : group.get("sentences")) {
        String id = String.format(Locale.ROOT, "s%05d", n++);
        mentions.add(EvalMentions.of(id, "article-" + id, s.asText()));
        goldOf.put(id, gold);
      }
    }
    Deduplicator.Result result = Deduplicator.defaults().run(mentions);
    Map<String, String> predictedOf = new HashMap<>();
    for (ClaimCluster c : result.clusters()) {
      for (DedupMention m : c.members()) {
        predictedOf.put(m.mentionId(), c.claimId());
      }
    }
    BCubed score = BCubed.of(goldOf, predictedOf);
    printWorst(result.clusters(), goldOf);
    System.out.printf(
        Locale.ROOT,
        "%d sentences in %d gold groups -> %d clusters; %d candidate pairs, %d vetoed, %d too different, %d scored, %d embedded mentions%n",
        mentions.size(), goldOf.values().stream().distinct().count(), result.clusters().size(),
        result.screen().candidatePairs, result.screen().vetoed, result.screen().tooDifferent,
        result.screen().undecided, result.embedded());
    System.out.println(
        ResultLine.of("dedup-groups")
            .put("sentences", mentions.size())
            .put("bcubed_precision", score.precision())
            .put("bcubed_recall", score.recall())
            .put("bcubed_f1", score.f1()));
  }

  private static void printWorst(List<ClaimCluster> clusters, Map<String, String> goldOf) {
    int shown = 0;
    for (ClaimCluster c : clusters) {
      long golds = c.members().stream().map(m -> goldOf.get(m.mentionId())).distinct().count();
      if (golds > 1 && shown++ < 5) {
        System.out.println("mixed cluster (" + golds + " gold groups):");
        for (DedupMention m : c.members()) {
          System.out.println("  [" + goldOf.get(m.mentionId()) + "] " + m.sentence());
        }
      }
    }
  }
}
