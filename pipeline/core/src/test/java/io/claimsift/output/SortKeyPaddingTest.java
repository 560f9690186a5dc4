package io.claimsift.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Locale;
import org.junit.Test;

/** The sort keys' zero padding must give exactly the strings {@code %010d} gave, or files would reorder. */
public class SortKeyPaddingTest {
  @Test
  public void padsLikeTheFormatterAcrossTheIntRange() {
    int[] values = {0, 1, 9, 10, 99, 12345, 999999999, 1000000000, Integer.MAX_VALUE - 3, Integer.MAX_VALUE,
        -1, -42, -999999999, Integer.MIN_VALUE};

    for (int v : values) {
      assertThat("value " + v, Dataset.pad10(v), equalTo(String.format(Locale.ROOT, "%010d", v)));
    }
  }
}
