package io.claimsift.beam.dedup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.KV;

/**
 * Mention-id pairs grouped by {@link Partitions} travel as batches: one record per partition and
 * up to {@link #FLUSH_BYTES} of pairs, each pair its two ids as length-prefixed UTF-8, instead of
 * one record per pair; the blocking keys' entries (key, encoded mention) likewise.
 *
 * <p>A runner pays for every record it groups (Flink: the record and its window written into the
 * sort buffer, read again, its key compared as a deserialised byte array at every comparison,
 * then decoded by the reducer), and the pairs of dedup are many small records: hundreds of
 * thousands of screened pairs and block entries at 2,000 articles, and every edge of the candidate forest twice per
 * connected-components round. A batch is one record whose value the runner copies as bytes; the
 * reducer decodes its pairs once. A group then holds the same pairs as before, in another order,
 * and every reader of these groups is order-free (sets, sorted maps, minima).
 */
final class PairBatches {
  /** Bytes of pairs a partition's batch gathers before it is emitted. */
  static final int FLUSH_BYTES = 16 * 1024;

  /** The coder of the batches keyed by partition. */
  static Coder<KV<Integer, byte[]>> coder() {
    return KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of());
  }

  private final int flushBytes;
  private final byte[][] buffers = new byte[Partitions.COUNT][];
  private final int[] lengths = new int[Partitions.COUNT];

  PairBatches() {
    this(FLUSH_BYTES);
  }

  /** With another batch size (tests). */
  PairBatches(int flushBytes) {
    this.flushBytes = flushBytes;
  }

  /** Adds a pair to its partition's batch; emits the batch when it is full. */
  void add(int partition, String first, String second, Consumer<KV<Integer, byte[]>> emit) {
    byte[] buffer = reserve(partition, maxEncoded(first) + maxEncoded(second));
    int at = put(buffer, lengths[partition], first);
    lengths[partition] = put(buffer, at, second);
    if (lengths[partition] >= flushBytes) {
      flush(partition, emit);
    }
  }

  /**
   * Adds a blocking key and a mention's encoded bytes to the key's partition's batch; emits the
   * batch when it is full. (A batch holds pairs or entries, never both.)
   */
  void add(int partition, String key, byte[] value, Consumer<KV<Integer, byte[]>> emit) {
    int need = maxEncoded(key) + 5 + value.length;
    byte[] buffer = reserve(partition, need);
    int at = put(buffer, lengths[partition], key);
    at = putVarInt(buffer, at, value.length);
    System.arraycopy(value, 0, buffer, at, value.length);
    lengths[partition] = at + value.length;
    if (lengths[partition] >= flushBytes) {
      flush(partition, emit);
    }
  }

  private byte[] reserve(int partition, int more) {
    byte[] buffer = buffers[partition];
    int need = lengths[partition] + more;
    if (buffer == null || need > buffer.length) {
      buffer = buffers[partition] = Arrays.copyOf(buffer == null ? new byte[0] : buffer,
          Math.max(need, buffer == null ? 256 : 2 * buffer.length));
    }
    return buffer;
  }

  /** Emits every partition's batch that holds pairs (at the end of a bundle). */
  void flushAll(Consumer<KV<Integer, byte[]>> emit) {
    for (int p = 0; p < buffers.length; p++) {
      if (lengths[p] > 0) {
        flush(p, emit);
      }
    }
  }

  private void flush(int partition, Consumer<KV<Integer, byte[]>> emit) {
    emit.accept(KV.of(partition, Arrays.copyOf(buffers[partition], lengths[partition])));
    lengths[partition] = 0;
  }

  /** Calls {@code pair} with the (first, second) ids of every pair of a batch, in the order added. */
  static void forEach(byte[] batch, BiConsumer<String, String> pair) {
    int[] at = {0};
    while (at[0] < batch.length) {
      String first = get(batch, at);
      pair.accept(first, get(batch, at));
    }
  }

  /** Calls {@code pair} for every pair of every batch of a group. */
  static void forEach(Iterable<byte[]> batches, BiConsumer<String, String> pair) {
    for (byte[] batch : batches) {
      forEach(batch, pair);
    }
  }

  /** Calls {@code entry} with the (key, bytes) of every entry of every batch of a group. */
  static void forEachEntry(Iterable<byte[]> batches, BiConsumer<String, byte[]> entry) {
    int[] at = {0};
    for (byte[] batch : batches) {
      at[0] = 0;
      while (at[0] < batch.length) {
        String key = get(batch, at);
        int length = getVarInt(batch, at);
        entry.accept(key, Arrays.copyOfRange(batch, at[0], at[0] + length));
        at[0] += length;
      }
    }
  }

  /** Bytes that an id takes at most: a varint length of up to 5 bytes and 3 UTF-8 bytes a char. */
  private static int maxEncoded(String id) {
    return 5 + 3 * id.length();
  }

  private static int put(byte[] buffer, int at, String id) {
    int n = id.length();
    boolean ascii = true;
    for (int i = 0; i < n && ascii; i++) {
      ascii = id.charAt(i) < 0x80;
    }
    if (ascii) {
      at = putVarInt(buffer, at, n);
      for (int i = 0; i < n; i++) {
        buffer[at++] = (byte) id.charAt(i);
      }
      return at;
    }
    byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
    at = putVarInt(buffer, at, utf8.length);
    System.arraycopy(utf8, 0, buffer, at, utf8.length);
    return at + utf8.length;
  }

  private static int putVarInt(byte[] buffer, int at, int value) {
    while ((value & ~0x7F) != 0) {
      buffer[at++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    buffer[at++] = (byte) value;
    return at;
  }

  private static int getVarInt(byte[] batch, int[] at) {
    int value = 0;
    int shift = 0;
    int b;
    do {
      b = batch[at[0]++];
      value |= (b & 0x7F) << shift;
      shift += 7;
    } while ((b & 0x80) != 0);
    return value;
  }

  private static String get(byte[] batch, int[] at) {
    int length = getVarInt(batch, at);
    String id = new String(batch, at[0], length, StandardCharsets.UTF_8);
    at[0] += length;
    return id;
  }
}
