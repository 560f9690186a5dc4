package io.claimsift.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes records as RFC 4180 CSV: UTF-8, CRLF, a header row with the Avro field names in schema order.
 *
 * <p>Arrays and nested records go into one cell as JSON; nulls are empty cells.
 */
public final class CsvDatasetWriter {
  private CsvDatasetWriter() {}

  /** Writes the header and the records, already in their final order, to {@code out} (which is not closed). */
  public static void write(Dataset dataset, Iterable<? extends SpecificRecord> sortedRecords, OutputStream out)
      throws IOException {
    List<Schema.Field> fields = dataset.schema().getFields();
    String[] header = fields.stream().map(Schema.Field::name).toArray(String[]::new);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, format);
    Object[] row = new Object[fields.size()];
    for (SpecificRecord record : sortedRecords) {
      for (int i = 0; i < row.length; i++) {
        row[i] = JsonCells.cell(record.get(fields.get(i).pos()));
      }
      printer.printRecord(row);
    }
    printer.flush();
  }
}
