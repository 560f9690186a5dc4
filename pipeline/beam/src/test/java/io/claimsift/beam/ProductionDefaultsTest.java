package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class ProductionDefaultsTest {
  @Test
  public void directRunDropsTheChecksAndUsesEveryCore() {
    List<String> args = Arrays.asList(ProductionDefaults.apply(new String[] {"--input=in"}, 6));

    assertThat(args, contains("--input=in", "--enforceImmutability=false", "--enforceEncodability=false",
        "--targetParallelism=6"));
  }

  @Test
  public void optionsTheUserSetAreKept() {
    List<String> args = Arrays.asList(ProductionDefaults.apply(
        new String[] {"--enforceImmutability=true", "--targetParallelism=1"}, 6));

    assertThat(args, contains("--enforceImmutability=true", "--targetParallelism=1", "--enforceEncodability=false"));
  }

  @Test
  public void flinkRunsSkipTheCopyBetweenChainedOperators() {
    List<String> flink = Arrays.asList(ProductionDefaults.apply(new String[] {"--runner=flink"}, 2));
    List<String> direct = Arrays.asList(ProductionDefaults.apply(new String[] {"--runner=DirectRunner"}, 2));

    assertThat(flink, hasItem("--fasterCopy=true"));
    assertThat(direct, not(hasItem("--fasterCopy=true")));
  }
}
