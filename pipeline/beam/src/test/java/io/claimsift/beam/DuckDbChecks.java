package io.claimsift.beam;

import io.claimsift.output.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads a run's CSV files into an embedded DuckDB, as a warehouse load job would, and reports
 * what a loader would trip on: row counts that differ from the manifest, and date or timestamp
 * cells that do not parse or fall outside the contract's windows.
 */
final class DuckDbChecks {
  /** Timestamp columns (ISO instants in the CSV) by dataset. */
  private static final String[][] TIMESTAMPS = {
      {"articles", "published_at"}, {"articles", "updated_at"}, {"claims", "first_published_at"}};
  /** Datasets whose {@code dates} column holds DateSpan records as JSON. */
  private static final String[] DATE_SPANS = {"claim_mentions", "claims"};

  private DuckDbChecks() {}

  /** Every problem a DuckDB load of the CSV outputs finds; empty when they load cleanly. */
  static List<String> problems(Path output) throws IOException, SQLException {
    List<String> out = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      st.execute("SET TimeZone = 'UTC'");
      for (Dataset dataset : Dataset.values()) {
        // all_varchar: every cell as text, so that the casts below are what is being tested.
        st.execute("CREATE TABLE " + dataset.folder() + " AS SELECT * FROM read_csv('"
            + output.resolve(dataset.folder()) + "/*.csv', header = true, all_varchar = true)");
        long rows = scalar(st, "SELECT count(*) FROM " + dataset.folder());
        long manifest = LoaderChecks.manifest(output).path("datasets").path(dataset.folder()).path("records").asLong(-1);
        if (rows != manifest) {
          out.add(dataset.folder() + ": " + rows + " CSV rows, manifest says " + manifest);
        }
      }
      for (String[] column : TIMESTAMPS) {
        String table = column[0];
        String c = column[1];
        count(st, out, table + "." + c + " does not parse as TIMESTAMPTZ",
            "SELECT count(*) FROM " + table + " WHERE " + c + " IS NOT NULL AND TRY_CAST(" + c
                + " AS TIMESTAMPTZ) IS NULL");
        count(st, out, table + "." + c + " outside 1990..2099",
            "SELECT count(*) FROM " + table + " WHERE year(TRY_CAST(" + c + " AS TIMESTAMPTZ)) NOT BETWEEN 1990 AND 2099");
      }
      for (String table : DATE_SPANS) {
        for (String end : new String[] {"start", "end"}) {
          String days = "(SELECT unnest(json_extract_string(dates, '$[*]." + end + "')) AS d FROM " + table + ")";
          count(st, out, table + ".dates." + end + " does not parse as DATE",
              "SELECT count(*) FROM " + days + " WHERE d IS NOT NULL AND TRY_CAST(d AS DATE) IS NULL");
          count(st, out, table + ".dates." + end + " outside 0900..3099",
              "SELECT count(*) FROM " + days + " WHERE year(TRY_CAST(d AS DATE)) NOT BETWEEN 900 AND 3099");
        }
      }
    }
    return out;
  }

  private static void count(Statement st, List<String> out, String problem, String sql) throws SQLException {
    long n = scalar(st, sql);
    if (n != 0) {
      out.add(String.format(Locale.ROOT, "%s: %d values", problem, n));
    }
  }

  private static long scalar(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
