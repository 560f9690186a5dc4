package io.claimsift.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns mentions and accepted edges into claim clusters. Immutable and thread-safe; meant to run
 * on one worker with all mentions and edges.
 *
 * <p>Deterministic whatever the input order: edges are de-duplicated per (a, b) (largest
 * similarity kept) and applied in order (similarity desc, a, b) to a union-find. A union is made
 * only when the {@link Guard} finds no quantity/date conflict ({@link QuantityAgreement}) between the
 * two clusters — the guard against chaining "$2 billion" ~ "the hack" ~ "$2.3 billion" into one
 * claim. Every mention ends in exactly one cluster (singletons included). Clusters come out sorted
 * by claimId.
 */
public final class ClusterResolver {
  /**
   * The representative of a cluster is the FIRST mention in this order: not hedged (a claim's
   * text should state the fact plainly, not "allegedly"), then highest score (NaN counts as
   * lowest), then shorter sentence (chars), then smallest mentionId. A total order on mentions
   * with distinct ids.
   */
  public static final Comparator<DedupMention> REPRESENTATIVE_ORDER =
      Comparator.comparing(DedupMention::hedged) // false before true
          .thenComparing(Comparator.comparingDouble(
              (DedupMention m) -> Double.isNaN(m.score()) ? Double.NEGATIVE_INFINITY : m.score()).reversed())
          .thenComparingInt(m -> m.sentence().length())
          .thenComparing(DedupMention::mentionId);

  /** How the chaining guard compares two clusters before a union. */
  public enum Guard {
    /**
     * No member of one cluster may conflict with any member of the other (complete link on
     * conflicts). The default: it keeps A and C apart when A~B, B~C and A conflicts with C, even
     * when B — having no numbers, so conflicting with nobody — is the representative. Costs up to
     * |A|·|B| checks per union, over members that have quantities or dates only.
     */
    ALL_MEMBERS,
    /**
     * Only the two current representatives are compared (cheaper, weaker: a number-free
     * representative lets conflicting members chain).
     */
    REPRESENTATIVES
  }

  private final Guard guard;

  public ClusterResolver(Guard guard) {
    this.guard = Objects.requireNonNull(guard, "guard");
  }

  /** The resolver with {@link Guard#ALL_MEMBERS}. */
  public ClusterResolver() {
    this(Guard.ALL_MEMBERS);
  }

  public Guard guard() {
    return guard;
  }

  /** Edges in application order: similarity desc, then a, then b. */
  public static final Comparator<Edge> EDGE_ORDER =
      Comparator.comparingDouble(Edge::similarity)
          .reversed()
          .thenComparing(Edge::a)
          .thenComparing(Edge::b);

  /**
   * The clusters of some mentions.
   *
   * @throws IllegalArgumentException when two different mentions share an id, or an edge names an
   *     unknown mention
   */
  public List<ClaimCluster> resolve(Collection<DedupMention> mentions, Collection<Edge> acceptedEdges) {
    return resolve(mentions, acceptedEdges, (x, y) -> true);
  }

  /**
   * The clusters of some mentions, where a union must also pass {@code representativesAgree} on
   * the two clusters' current representatives (the guard against chaining paraphrase steps into
   * a cluster whose ends no longer say the same thing).
   */
  public List<ClaimCluster> resolve(
      Collection<DedupMention> mentions,
      Collection<Edge> acceptedEdges,
      java.util.function.BiPredicate<DedupMention, DedupMention> representativesAgree) {
    List<DedupMention> list = inIdOrder(mentions);
    Map<String, Integer> index = positions(list);
    IndexedEdges indexed = new IndexedEdges();
    for (Edge e : acceptedEdges) {
      if (!index.containsKey(e.a()) || !index.containsKey(e.b())) {
        throw new IllegalArgumentException("edge names an unknown mention: " + e);
      }
      indexed.add(index.get(e.a()), index.get(e.b()), e.similarity());
    }
    return resolve(list, indexed, representativesAgree);
  }

  /**
   * The distinct mentions in mentionId order: the list whose positions {@link IndexedEdges} name.
   *
   * @throws IllegalArgumentException when two different mentions share an id
   */
  static List<DedupMention> inIdOrder(Collection<DedupMention> mentions) {
    TreeMap<String, DedupMention> byId = new TreeMap<>();
    for (DedupMention m : mentions) {
      DedupMention prev = byId.putIfAbsent(m.mentionId(), m);
      if (prev != null && !prev.equals(m)) {
        throw new IllegalArgumentException("two different mentions with id " + m.mentionId());
      }
    }
    return new ArrayList<>(byId.values());
  }

  /** Each mention's id and its position in {@code list}. */
  static Map<String, Integer> positions(List<DedupMention> list) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      index.put(list.get(i).mentionId(), i);
    }
    return index;
  }

  /**
   * As {@link #resolve(Collection, Collection, java.util.function.BiPredicate)}, with the mentions
   * distinct and sorted by mentionId and the edges naming them by position in that list: what a
   * component with millions of accepted pairs can hold ({@link IndexedEdges}).
   */
  public List<ClaimCluster> resolve(
      List<DedupMention> list,
      IndexedEdges accepted,
      java.util.function.BiPredicate<DedupMention, DedupMention> representativesAgree) {
    int n = list.size();
    int[] parent = new int[n];
    int[] size = new int[n];
    int[] rep = new int[n];
    QuantityAgreement.Profile[] profiles = new QuantityAgreement.Profile[n];
    List<List<Integer>> constrained = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
      rep[i] = i;
      profiles[i] = QuantityAgreement.Profile.of(list.get(i));
      List<Integer> c = new ArrayList<>(1);
      if (!profiles[i].isUnconstrained()) {
        c.add(i);
      }
      constrained.add(c);
    }
    // Root pairs known to conflict; valid for ALL_MEMBERS since a cluster only grows.
    Set<Long> conflicting = new HashSet<>();

    for (int e : accepted.inEdgeOrder()) {
      int ra = find(parent, accepted.a(e));
      int rb = find(parent, accepted.b(e));
      if (ra == rb) {
        continue;
      }
      long key = ((long) Math.min(ra, rb) << 32) | Math.max(ra, rb);
      if (conflicting.contains(key)) {
        continue;
      }
      boolean conflict;
      if (guard == Guard.REPRESENTATIVES) {
        conflict = profiles[rep[ra]].conflictWith(profiles[rep[rb]]).isPresent();
      } else {
        conflict = anyConflict(constrained.get(ra), constrained.get(rb), profiles);
        if (conflict) {
          conflicting.add(key);
        }
      }
      if (conflict) {
        continue;
      }
      if (!representativesAgree.test(list.get(rep[ra]), list.get(rep[rb]))) {
        continue;
      }
      int root = size[ra] > size[rb] || (size[ra] == size[rb] && ra < rb) ? ra : rb;
      int child = root == ra ? rb : ra;
      parent[child] = root;
      size[root] += size[child];
      constrained.get(root).addAll(constrained.get(child));
      constrained.set(child, List.of());
      if (REPRESENTATIVE_ORDER.compare(list.get(rep[child]), list.get(rep[root])) < 0) {
        rep[root] = rep[child];
      }
    }

    TreeMap<Integer, List<DedupMention>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(list.get(i));
    }
    List<ClaimCluster> out = new ArrayList<>(groups.size());
    for (List<DedupMention> g : groups.values()) {
      out.add(ClaimCluster.of(g));
    }
    out.sort(Comparator.comparing(ClaimCluster::claimId));
    return out;
  }

  private static boolean anyConflict(
      List<Integer> xs, List<Integer> ys, QuantityAgreement.Profile[] profiles) {
    for (int x : xs) {
      for (int y : ys) {
        if (profiles[x].conflictWith(profiles[y]).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static int find(int[] parent, int i) {
    int r = i;
    while (parent[r] != r) {
      r = parent[r];
    }
    while (parent[i] != r) {
      int next = parent[i];
      parent[i] = r;
      i = next;
    }
    return r;
  }
}
