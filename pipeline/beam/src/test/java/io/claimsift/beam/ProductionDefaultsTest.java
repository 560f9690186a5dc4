package io.claimsift.beam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Arrays;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.configuration.HeartbeatManagerOptions;
import org.apache.flink.configuration.TaskManagerOptions;
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

  @Test
  public void embeddedFlinkWithoutAUserConfigurationGetsTheEmbeddedOne() {
    List<String> args = Arrays.asList(ProductionDefaults.apply(
        new String[] {"--runner=FlinkRunner", "--flinkMaster=[local]"}, 2, null, () -> "/tmp/made"));

    assertThat(args, hasItem("--flinkConfDir=/tmp/made"));
  }

  @Test
  public void embeddedFlinkGetsOneSlotPerCoreUnlessTheUserSaysOtherwise() {
    String[] local = {"--runner=FlinkRunner", "--flinkMaster=[local]"};
    String[] chosen = {"--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=1"};
    String[] cluster = {"--runner=FlinkRunner", "--flinkMaster=host:8081"};

    List<String> byDefault = Arrays.asList(ProductionDefaults.apply(local, 6, null, () -> "/tmp/made"));
    List<String> byUser = Arrays.asList(ProductionDefaults.apply(chosen, 6, null, () -> "/tmp/made"));
    List<String> onCluster = Arrays.asList(ProductionDefaults.apply(cluster, 6, null, () -> "/tmp/made"));
    List<String> withUserConf = Arrays.asList(ProductionDefaults.apply(local, 6, "/env", () -> "/tmp/made"));

    assertThat(byDefault, hasItem("--parallelism=6"));
    assertThat(byUser, not(hasItem("--parallelism=6")));
    assertThat(onCluster, not(hasItem("--parallelism=6")));
    assertThat(withUserConf, not(hasItem("--parallelism=6")));
  }

  @Test
  public void theUsersFlinkConfigurationWins() {
    String[] local = {"--runner=FlinkRunner", "--flinkMaster=[local]"};
    String[] withOption = {"--runner=FlinkRunner", "--flinkMaster=[local]", "--flinkConfDir=/mine"};

    List<String> byOption = Arrays.asList(ProductionDefaults.apply(withOption, 2, null, () -> "/tmp/made"));
    List<String> byEnvironment = Arrays.asList(ProductionDefaults.apply(local, 2, "/env", () -> "/tmp/made"));

    assertThat(byOption, not(hasItem("--flinkConfDir=/tmp/made")));
    assertThat(byOption, hasItem("--flinkConfDir=/mine"));
    assertThat(byEnvironment, not(hasItem("--flinkConfDir=/tmp/made")));
  }

  @Test
  public void aClusterOrTheAutomaticMasterGetsNoEmbeddedConfiguration() {
    String[] cluster = {"--runner=FlinkRunner", "--flinkMaster=host:8081"};
    String[] auto = {"--runner=FlinkRunner"};

    assertThat(Arrays.asList(ProductionDefaults.apply(cluster, 2, null, () -> "/tmp/made")),
        not(hasItem("--flinkConfDir=/tmp/made")));
    assertThat(Arrays.asList(ProductionDefaults.apply(auto, 2, null, () -> "/tmp/made")),
        not(hasItem("--flinkConfDir=/tmp/made")));
  }

  @Test
  public void flinkReadsTheEmbeddedManagedMemoryBudget() {
    Path dir = EmbeddedFlinkConf.writeTemporary();

    Configuration conf = GlobalConfiguration.loadConfiguration(dir.toString());

    assertThat(conf.get(TaskManagerOptions.MANAGED_MEMORY_SIZE).getMebiBytes(),
        is(256));
    assertThat(conf.get(HeartbeatManagerOptions.HEARTBEAT_TIMEOUT),
        is(900_000L));
  }
}
