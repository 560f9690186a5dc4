package io.claimsift.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mention ids numbered 0, 1, 2, ... in the order first seen, so that pairs of them can be held as
 * two ints (the dedup screen's compared pairs, a component's pairs). Not thread-safe.
 */
public final class IdNumbers {
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> ids = new ArrayList<>();

  /** The number of {@code id}, given it now if it has none. */
  public int number(String id) {
    Integer known = numbers.get(id);
    if (known != null) {
      return known;
    }
    numbers.put(id, ids.size());
    ids.add(id);
    return ids.size() - 1;
  }

  /** The id numbered {@code number}. */
  public String id(int number) {
    return ids.get(number);
  }
}
