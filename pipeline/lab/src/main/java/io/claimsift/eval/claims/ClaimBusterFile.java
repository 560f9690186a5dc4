package io.claimsift.eval.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a ClaimBuster TSV (header; columns sentence_id, verdict, cfs, text, ...; no quoting). */
final class ClaimBusterFile {

  /** One labelled sentence: {@code checkWorthy} is the {@code cfs} column (verdict 1). */
  record Row(String id, String text, boolean checkWorthy) {

    /** Cross-validation fold of this row: a hash of its normalised text, so duplicates share a fold. */
    int fold(int folds) {
      return (int) (textHash() % folds);
    }

    /** Fold for cross-validation nested inside an outer fold: independent digits of the same hash. */
    int innerFold(int folds) {
      return (int) (textHash() / folds % folds);
    }

    private long textHash() {
      String normalised = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
      return Integer.toUnsignedLong(normalised.hashCode());
    }
  }

  private ClaimBusterFile() {}

  static List<Row> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int id = header.indexOf("sentence_id");
    int cfs = header.indexOf("cfs");
    int text = header.indexOf("text");
    if (cfs < 0 || text < 0) {
      throw new IOException(file + ": expected ClaimBuster columns 'cfs' and 'text', got " + header);
    }
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      rows.add(new Row(id >= 0 ? cells[id] : "", cells[text], cells[cfs].strip().equals("1")));
    }
    return rows;
  }
}
