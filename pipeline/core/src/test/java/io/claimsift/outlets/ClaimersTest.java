package io.claimsift.outlets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class ClaimersTest {
  @Test
  public void claimersAreDistinctIgnoringCaseAndSpacingAndSorted() {
    List<String> claimers = Claimers.distinct(Arrays.asList(
        "the UN", "Reuters", null, " Reuters ", "The  UN", "", "news medium Reuters"));

    assertThat(claimers, equalTo(List.of("news medium Reuters", "Reuters", "The UN")));
  }
}
