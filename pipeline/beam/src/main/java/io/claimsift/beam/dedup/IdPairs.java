package io.claimsift.beam.dedup;

import io.claimsift.dedup.IdNumbers;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Pairs of mention ids held as two ints each, numbering the ids as they arrive ({@link IdNumbers},
 * shared by the pair lists of one component): 8 bytes a pair instead of a record and two
 * strings. Iterates as {@code {first, second}} arrays, made on the fly, in the order added: the
 * form {@link io.claimsift.dedup.Deduplicator#resolve} reads once.
 */
final class IdPairs extends AbstractCollection<String[]> {
  private static final int CHUNK_BITS = 16;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private final IdNumbers names;
  // chunks, so that growing never copies (and briefly doubles) millions of entries
  private final List<int[]> chunks = new ArrayList<>();
  private int size;

  IdPairs(IdNumbers names) {
    this.names = names;
  }

  void add(MentionIdPair pair) {
    if ((size & (CHUNK - 1)) == 0) {
      chunks.add(new int[2 * CHUNK]);
    }
    int[] chunk = chunks.get(size >>> CHUNK_BITS);
    int at = 2 * (size & (CHUNK - 1));
    chunk[at] = names.number(pair.first());
    chunk[at + 1] = names.number(pair.second());
    size++;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<String[]> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public String[] next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        int[] chunk = chunks.get(next >>> CHUNK_BITS);
        int at = 2 * (next & (CHUNK - 1));
        next++;
        return new String[] {names.id(chunk[at]), names.id(chunk[at + 1])};
      }
    };
  }
}
