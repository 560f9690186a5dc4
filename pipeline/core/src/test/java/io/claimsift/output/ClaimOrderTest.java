package io.claimsift.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.claimsift.schema.Claim;
import java.util.Comparator;
import java.util.List;
import org.junit.Test;

public class ClaimOrderTest {
  @Test
  public void claimsComeByOutletsThenSupportThenMentionsThenId() {
    List<Claim> claims = List.of(
        claim("e", 1, 3, 9), // one site's template: many articles, one outlet
        claim("d", 2, 2, 2),
        claim("c", 2, 2, 3),
        claim("b", 2, 3, 3),
        claim("a", 2, 3, 3),
        claim("f", 3, 3, 3));

    List<String> order = claims.stream()
        .sorted(Comparator.comparing(Dataset.CLAIMS::sortKey))
        .map(Claim::getClaimId)
        .toList();

    assertThat(order, equalTo(List.of("f", "a", "b", "c", "d", "e")));
  }

  private static Claim claim(String id, int outlets, int support, int mentions) {
    return Claim.newBuilder().setClaimId(id).setText("t").setRepresentativeMentionId("m").setSupportCount(support)
        .setMentionCount(mentions).setArticleIds(List.of()).setQuantities(List.of()).setDates(List.of())
        .setOutletCount(outlets).build();
  }
}
