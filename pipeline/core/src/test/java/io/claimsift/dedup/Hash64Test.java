package io.claimsift.dedup;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class Hash64Test {

  @Test
  public void fnv1aMatchesPublishedVectors() {
    assertEquals(0xcbf29ce484222325L, Hash64.fnv1a(""));
    assertEquals(0xaf63dc4c8601ec8cL, Hash64.fnv1a("a"));
    assertEquals(0x85944171f73967e8L, Hash64.fnv1a("foobar"));
  }

  @Test
  public void fmix64IsTheMurmur3Finaliser() {
    assertEquals(0L, Hash64.fmix64(0L));
    assertEquals("0000000000000000", Hash64.hex(0L));
    assertEquals("ffffffffffffffff", Hash64.hex(-1L));
  }
}
