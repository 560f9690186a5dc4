package io.claimsift.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;

/** A file format every dataset can be written in; its name is also the files' extension. */
public enum OutputFormat {
  AVRO,
  CSV,
  PARQUET;

  /** Every format, in the order --formats lists them by default. */
  public static final Set<OutputFormat> ALL = Collections.unmodifiableSet(EnumSet.allOf(OutputFormat.class));

  /** The name on the command line and the file extension, e.g. {@code parquet}. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Writes the records, already in their final order, as one file of this format; {@code out} is not closed. */
  public void write(Dataset dataset, Iterable<? extends SpecificRecord> sortedRecords, OutputStream out)
      throws IOException {
    switch (this) {
      case AVRO:
        AvroDatasetWriter.write(dataset, sortedRecords, out);
        break;
      case CSV:
        CsvDatasetWriter.write(dataset, sortedRecords, out);
        break;
      case PARQUET:
        ParquetDatasetWriter.write(dataset, sortedRecords, out);
        break;
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Parses a comma-separated list such as {@code avro,parquet}; throws {@link IllegalArgumentException}
   * with a user-facing message (without the option's name) for an empty list, an unknown or a repeated name.
   */
  public static Set<OutputFormat> parse(String list) {
    String names = ALL.stream().map(OutputFormat::extension).collect(Collectors.joining(", "));
    String usage = "must list one or more of " + names + ", separated by commas, got \"" + list + "\"";
    if (list == null || list.isBlank()) {
      throw new IllegalArgumentException(usage);
    }
    Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
    for (String name : list.split(",", -1)) {
      OutputFormat format = ALL.stream().filter(f -> f.extension().equals(name.trim())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(usage));
      if (!formats.add(format)) {
        throw new IllegalArgumentException(usage + " (" + format.extension() + " twice)");
      }
    }
    return Collections.unmodifiableSet(formats);
  }

  /** The formats as --formats spells them, in their fixed order, e.g. {@code avro,csv,parquet}. */
  public static String names(Set<OutputFormat> formats) {
    return formats.stream().sorted().map(OutputFormat::extension).collect(Collectors.joining(","));
  }
}
