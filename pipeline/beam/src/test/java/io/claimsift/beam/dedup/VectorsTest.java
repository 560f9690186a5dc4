package io.claimsift.beam.dedup;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class VectorsTest {

  @Test
  public void bytesRoundTripBitForBit() {
    float[] v = {0.1f, -0.0f, Float.MIN_VALUE, 1e-30f, -3.5f};

    byte[] bytes = Vectors.toBytes(v);

    assertEquals(20, bytes.length);
    assertArrayEquals(v, Vectors.fromBytes(bytes), 0.0f);
    assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(Vectors.fromBytes(bytes)[1]));
  }
}
