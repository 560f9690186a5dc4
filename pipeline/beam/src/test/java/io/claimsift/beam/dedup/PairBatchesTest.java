package io.claimsift.beam.dedup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.values.KV;
import org.junit.Test;

public class PairBatchesTest {
  @Test
  public void everyPairComesBackOnceUnderItsPartitionInTheOrderAdded() {
    List<KV<Integer, String[]>> added = new ArrayList<>();
    String longId = "x".repeat(300); // a length of two varint bytes
    for (int i = 0; i < 2_000; i++) {
      String first = i % 7 == 0 ? "é" + i + "日本" : i % 11 == 0 ? longId + i : "m" + i;
      String second = i % 5 == 0 ? "" : "n" + (i * 31 % 997);
      added.add(KV.of(i % 3, new String[] {first, second}));
    }
    List<KV<Integer, byte[]>> batches = new ArrayList<>();
    PairBatches gathering = new PairBatches(100);
    for (KV<Integer, String[]> pair : added) {
      gathering.add(pair.getKey(), pair.getValue()[0], pair.getValue()[1], batches::add);
    }
    int beforeEnd = batches.size();
    gathering.flushAll(batches::add);

    assertTrue("full batches leave before the end", beforeEnd > 30);
    assertTrue("at most one last batch per partition", batches.size() <= beforeEnd + 3);
    for (KV<Integer, byte[]> batch : batches) {
      assertTrue("no empty batch", batch.getValue().length > 0);
    }
    for (int partition = 0; partition < 3; partition++) {
      List<String> expected = new ArrayList<>();
      for (KV<Integer, String[]> pair : added) {
        if (pair.getKey() == partition) {
          expected.add(pair.getValue()[0] + "|" + pair.getValue()[1]);
        }
      }
      List<String> decoded = new ArrayList<>();
      for (KV<Integer, byte[]> batch : batches) {
        if (batch.getKey() == partition) {
          PairBatches.forEach(batch.getValue(), (a, b) -> decoded.add(a + "|" + b));
        }
      }
      assertEquals(expected, decoded);
    }
  }

  @Test
  public void entriesComeBackWithTheirBytes() {
    List<KV<Integer, byte[]>> batches = new ArrayList<>();
    PairBatches gathering = new PairBatches(64);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      byte[] value = new byte[i % 200];
      for (int j = 0; j < value.length; j++) {
        value[j] = (byte) (i * 7 + j);
      }
      String key = "band" + (i % 13) + (i % 17 == 0 ? "ü" : "");
      gathering.add(5, key, value, batches::add);
      expected.add(key + "=" + java.util.Arrays.toString(value));
    }
    gathering.flushAll(batches::add);
    List<String> decoded = new ArrayList<>();
    PairBatches.forEachEntry(batches.stream().map(KV::getValue).toList(),
        (key, value) -> decoded.add(key + "=" + java.util.Arrays.toString(value)));
    assertEquals(expected, decoded);
    assertTrue(batches.stream().allMatch(b -> b.getKey() == 5));
  }

  @Test
  public void nothingAddedEmitsNothing() {
    List<KV<Integer, byte[]>> batches = new ArrayList<>();
    new PairBatches().flushAll(batches::add);
    assertEquals(0, batches.size());
  }
}
