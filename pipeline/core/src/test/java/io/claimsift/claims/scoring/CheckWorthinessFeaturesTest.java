package io.claimsift.claims.scoring;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class CheckWorthinessFeaturesTest {

  private final CheckWorthinessFeatures features = CheckWorthinessFeatures.english();

  @Test
  public void wordsBigramsAndNumberShapes() {
    List<String> f = features.of("Taxes rose 12 percent in 1983.");

    assertThat(f, hasItems("u:taxes", "u:rose", "u:<num>", "u:<year>", "b:<s>_taxes", "b:rose_<num>", "b:in_<year>"));
  }

  @Test
  public void handcraftedSignals() {
    List<String> f = features.of("We believe the Senate spent $4 billion more than the House in March.");

    assertThat(f, hasItems("f:number", "f:money", "f:month", "f:comparative", "f:first_plural", "f:opinion",
        "f:entities3", "f:number_and_entity"));
    assertThat(f, not(hasItem("f:question")));
  }

  @Test
  public void questionsAndSecondPerson() {
    List<String> f = features.of("Do you know what happened?");

    assertThat(f, hasItems("f:question", "f:second", "f:entities0", "f:bias_len1"));
  }

  @Test
  public void featuresAreDistinctAndInFirstOccurrenceOrder() {
    List<String> f = features.of("the the the");

    assertEquals(List.of("f:bias_len0", "u:the", "b:<s>_the", "b:the_the"), f.subList(0, 4));
    assertEquals(f.size(), f.stream().distinct().count());
  }
}
