package io.claimsift.dedup;

import static io.claimsift.dedup.Fixtures.usd;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.claimsift.claims.quantities.QuantityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.junit.Test;

/**
 * Resolving each connected component of the candidate graph apart, as the pipeline does, gives
 * exactly what resolving the whole run at once gives, on thousands of random mention graphs.
 */
public class ComponentResolutionTest {
  private static final List<List<QuantityMention>> FIGURES = List.of(List.of(), List.of(),
      List.of(usd("$2 billion", 2e9)), List.of(usd("$2.3 billion", 2.3e9)), List.of(usd("$5 million", 5e6)));
  private static final double[] SIMILARITIES = {0.6, 0.7, 0.7, 0.8, 0.95};
  private static final String[] WORDS = {"North", "Korea", "stole", "billion", "from", "crypto", "exchanges",
      "report", "says", "the", "bank", "lost", "profit", "rose", "company", "shares", "fell", "UN"};

  /** One random run: mentions, exact-duplicate links (lead, duplicate), undecided pairs. */
  private record Run(List<DedupMention> mentions, List<String[]> duplicates, List<String[]> pairs,
      Map<String, float[]> vectors) {
    List<String[]> edges() {
      List<String[]> all = new ArrayList<>(duplicates);
      all.addAll(pairs);
      return all;
    }
  }

  private static Run randomRun(Random random) {
    int n = 2 + random.nextInt(40);
    List<DedupMention> mentions = new ArrayList<>();
    Map<String, float[]> vectors = new HashMap<>();
    float[][] families = new float[3][];
    for (int f = 0; f < families.length; f++) {
      families[f] = randomVector(random, null);
    }
    for (int i = 0; i < n; i++) {
      String id = ConnectedComponentsTest.id(random);
      StringBuilder sentence = new StringBuilder();
      for (int w = 0; w < 6 + random.nextInt(6); w++) {
        sentence.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      // few distinct scores and hedging: representative ties broken by length, then id
      mentions.add(new DedupMention(id, "a" + random.nextInt(n), sentence.toString().strip() + ".",
          FIGURES.get(random.nextInt(FIGURES.size())), List.of(), random.nextInt(3) * 0.25, random.nextInt(4) == 0));
      vectors.put(id, randomVector(random, families[random.nextInt(families.length)]));
    }
    List<String> ids = mentions.stream().map(DedupMention::mentionId).toList();
    List<String[]> pairs = new ArrayList<>();
    List<String[]> duplicates = new ArrayList<>();
    int shapes = 1 + random.nextInt(4);
    for (int s = 0; s < shapes; s++) {
      List<String> nodes = new ArrayList<>(ids.subList(random.nextInt(n), n));
      java.util.Collections.shuffle(nodes, random);
      nodes = nodes.subList(0, Math.min(nodes.size(), 2 + random.nextInt(12)));
      switch (random.nextInt(5)) {
        case 0 -> { // path
          for (int i = 1; i < nodes.size(); i++) {
            pairs.add(new String[] {nodes.get(i - 1), nodes.get(i)});
          }
        }
        case 1 -> { // star
          for (int i = 1; i < nodes.size(); i++) {
            pairs.add(new String[] {nodes.get(0), nodes.get(i)});
          }
        }
        case 2 -> { // clique
          for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
              pairs.add(new String[] {nodes.get(i), nodes.get(j)});
            }
          }
        }
        case 3 -> { // random sparse
          for (int i = 0; i < nodes.size(); i++) {
            pairs.add(new String[] {nodes.get(random.nextInt(nodes.size())), nodes.get(random.nextInt(nodes.size()))});
          }
        }
        default -> { // an exact-duplicate group: the smallest id leads
          List<String> group = nodes.stream().sorted().toList();
          for (int i = 1; i < group.size(); i++) {
            duplicates.add(new String[] {group.get(0), group.get(i)});
          }
        }
      }
    }
    pairs.removeIf(p -> p[0].equals(p[1]));
    // a mention is the duplicate of one lead only, as collapseExact makes them
    Map<String, String> leadOf = new TreeMap<>();
    duplicates.removeIf(d -> leadOf.putIfAbsent(d[1], d[0]) != null || leadOf.containsKey(d[0]));
    return new Run(mentions, duplicates, pairs, vectors);
  }

  private static float[] randomVector(Random random, float[] around) {
    float[] v = new float[8];
    for (int i = 0; i < v.length; i++) {
      v[i] = (around == null ? 0 : around[i]) + (float) random.nextGaussian() * (around == null ? 1f : 0.15f);
    }
    return v;
  }

  private static List<String[]> within(List<String[]> edges, Map<String, String> labels, String label) {
    return edges.stream().filter(e -> label.equals(labels.get(e[0]))).toList();
  }

  /** The mentions of each component, by label; a mention with no edge is its own component. */
  private static Map<String, List<DedupMention>> byComponent(List<DedupMention> mentions, Map<String, String> labels) {
    Map<String, List<DedupMention>> out = new TreeMap<>();
    for (DedupMention m : mentions) {
      out.computeIfAbsent(labels.getOrDefault(m.mentionId(), m.mentionId()), k -> new ArrayList<>()).add(m);
    }
    return out;
  }

  @Test
  public void clusterResolverPerComponentEqualsTheWholeRun() {
    Random random = new Random(2014);
    ClusterResolver resolver = new ClusterResolver();
    for (int trial = 0; trial < 3000; trial++) {
      Run run = randomRun(random);
      List<Edge> edges = new ArrayList<>();
      for (String[] e : run.edges()) {
        edges.add(new Edge(e[0], e[1], SIMILARITIES[random.nextInt(SIMILARITIES.length)])); // ties
      }
      // a representative guard that refuses some pairs, as a function of the two ids only
      BiPredicate<DedupMention, DedupMention> agree = (x, y) -> (x.mentionId() + y.mentionId()).hashCode() % 3 != 0;
      Map<String, String> labels = ConnectedComponents.components(run.edges(), ConnectedComponents.ROUNDS);

      List<ClaimCluster> whole = resolver.resolve(run.mentions(), edges, agree);
      List<ClaimCluster> perComponent = new ArrayList<>();
      byComponent(run.mentions(), labels).forEach((label, members) -> perComponent.addAll(resolver.resolve(members,
          edges.stream().filter(e -> label.equals(labels.get(e.a()))).toList(), agree)));
      perComponent.sort(Comparator.comparing(ClaimCluster::claimId));

      assertEquals("trial " + trial, whole, perComponent);
    }
  }

  @Test
  public void deduplicatorResolvePerComponentEqualsTheWholeRun() {
    Random random = new Random(2013);
    Deduplicator dedup = new Deduplicator(BlockingKeys.defaults(), PairGenerator.defaults(),
        SameClaimMatcher.defaults(), new ClusterResolver(), sentence -> {
          throw new AssertionError("resolve embeds nothing");
        });
    long merged = 0;
    long acceptedTotal = 0;
    for (int trial = 0; trial < 1500; trial++) {
      Run run = randomRun(random);
      Map<String, String> labels = ConnectedComponents.components(run.edges(), ConnectedComponents.ROUNDS);

      Deduplicator.Resolution whole =
          dedup.resolve(run.mentions(), run.duplicates(), run.pairs(), run.vectors(), new HashMap<>());
      List<ClaimCluster> clusters = new ArrayList<>();
      Map<String, Double> similarity = new HashMap<>();
      long accepted = 0;
      for (Map.Entry<String, List<DedupMention>> component : byComponent(run.mentions(), labels).entrySet()) {
        Map<String, float[]> ownVectors = new HashMap<>();
        component.getValue().forEach(m -> ownVectors.put(m.mentionId(), run.vectors().get(m.mentionId())));
        Deduplicator.Resolution part = dedup.resolve(component.getValue(),
            within(run.duplicates(), labels, component.getKey()), within(run.pairs(), labels, component.getKey()),
            ownVectors, new HashMap<>());
        clusters.addAll(part.clusters());
        similarity.putAll(part.similarityToRepresentative());
        accepted += part.acceptedEdges();
      }
      clusters.sort(Comparator.comparing(ClaimCluster::claimId));

      assertEquals("trial " + trial, whole.clusters(), clusters);
      assertEquals("trial " + trial, whole.similarityToRepresentative(), similarity);
      assertEquals("trial " + trial, whole.acceptedEdges(), accepted);
      merged += run.mentions().size() - whole.clusters().size();
      acceptedTotal += accepted;
    }
    assertTrue("the random runs merge mentions: " + merged, merged > 1000);
    assertTrue("the model accepts pairs: " + acceptedTotal, acceptedTotal > 1000);
  }
}
