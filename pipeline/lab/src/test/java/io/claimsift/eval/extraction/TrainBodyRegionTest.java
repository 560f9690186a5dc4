package io.claimsift.eval.extraction;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import io.claimsift.clean.RegionParams;
import org.junit.Test;

/** The training command's grouping by site and its parameter steps. */
public class TrainBodyRegionTest {

  @Test
  public void aSiteIsTheRegistrableDomainOfThePageUrl() {
    assertThat(TrainBodyRegion.site("dragnet", "1", "http://worldnews.nbcnews.com/_news/x"),
        is("nbcnews.com"));
    assertThat(TrainBodyRegion.site("dev", "2", "https://www.bbc.co.uk/news/world-1"),
        is("bbc.co.uk"));
  }

  @Test
  public void aPageWithoutUrlIsASiteOfItsOwn() {
    assertThat(TrainBodyRegion.site("readability", "readability-001", ""),
        is("readability:readability-001"));
  }

  @Test
  public void allPagesOfASiteShareOneFold() {
    int fold = TrainBodyRegion.siteFold("nbcnews.com", 5);
    assertThat(TrainBodyRegion.siteFold("nbcnews.com", 5), is(fold));
    assertThat(fold, lessThan(5));
  }

  @Test
  public void aStepChangesOneFieldOfOnePartAndRoundsIntegers() {
    // Arrange
    RegionParams today = RegionParams.standard();
    // Act
    RegionParams stepped = TrainBodyRegion.with(today, "html", "longRun", 8 * 0.85);
    // Assert
    assertThat(stepped.html().longRun(), is(7));
    assertThat(stepped.text(), is(today.text()));
    assertThat(stepped.fallback(), is(today.fallback()));
    assertThat(stepped.html().proseLetters(), is(today.html().proseLetters()));
  }
}
