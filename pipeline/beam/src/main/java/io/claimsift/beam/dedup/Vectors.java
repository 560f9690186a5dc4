package io.claimsift.beam.dedup;

import java.nio.ByteBuffer;

/** Packs embedding vectors into bytes for Beam coders, bit for bit. */
final class Vectors {
  private Vectors() {}

  static byte[] toBytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES);
    for (float f : v) {
      b.putFloat(f);
    }
    return b.array();
  }

  static float[] fromBytes(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    float[] v = new float[bytes.length / Float.BYTES];
    for (int i = 0; i < v.length; i++) {
      v[i] = b.getFloat();
    }
    return v;
  }
}
