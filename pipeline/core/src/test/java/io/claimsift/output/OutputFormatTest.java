package io.claimsift.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.Assert.assertThrows;

import java.util.EnumSet;
import org.junit.Test;

public class OutputFormatTest {
  @Test
  public void parsesAListInAnyOrder() {
    assertThat(OutputFormat.parse("parquet,avro"), equalTo(EnumSet.of(OutputFormat.AVRO, OutputFormat.PARQUET)));
    assertThat(OutputFormat.parse("avro,csv,parquet"), equalTo(OutputFormat.ALL));
    assertThat(OutputFormat.parse("csv"), equalTo(EnumSet.of(OutputFormat.CSV)));
  }

  @Test
  public void namesComeInTheirFixedOrder() {
    assertThat(OutputFormat.names(EnumSet.of(OutputFormat.PARQUET, OutputFormat.CSV)), equalTo("csv,parquet"));
    assertThat(OutputFormat.names(OutputFormat.ALL), equalTo("avro,csv,parquet"));
  }

  @Test
  public void rejectsUnknownEmptyAndRepeatedNamesWithOneMessage() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("avro,orc")).getMessage(),
        equalTo("must list one or more of avro, csv, parquet, separated by commas, got \"avro,orc\""));
    assertThat(assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("")).getMessage(),
        equalTo("must list one or more of avro, csv, parquet, separated by commas, got \"\""));
    assertThat(assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("csv,,parquet")).getMessage(),
        equalTo("must list one or more of avro, csv, parquet, separated by commas, got \"csv,,parquet\""));
    assertThat(assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("csv,csv")).getMessage(),
        equalTo("must list one or more of avro, csv, parquet, separated by commas, got \"csv,csv\" (csv twice)"));
  }
}
