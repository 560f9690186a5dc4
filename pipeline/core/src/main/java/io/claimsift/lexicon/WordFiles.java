package io.claimsift.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lexicon's data files from the class path (UTF-8, beside this class): one entry per
 * line, blank lines and lines starting with {@code #} skipped; in {@code .tsv} files the fields of
 * an entry are separated by tabs and kept exactly as written (regular expressions included).
 */
final class WordFiles {

  private WordFiles() {}

  /** The entries of a plain word list, each trimmed. */
  static List<String> words(String file) {
    List<String> out = new ArrayList<>();
    for (String line : lines(file)) {
      out.add(line.strip());
    }
    return List.copyOf(out);
  }

  /** The entries of a tab-separated file, each split into exactly {@code fields} fields. */
  static List<String[]> rows(String file, int fields) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(file)) {
      String[] row = line.split("\t", -1);
      if (row.length != fields) {
        throw new IllegalStateException(file + ": expected " + fields + " tab-separated fields in: " + line);
      }
      out.add(row);
    }
    return List.copyOf(out);
  }

  private static List<String> lines(String file) {
    List<String> out = new ArrayList<>();
    try (InputStream in = WordFiles.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource io/claimsift/lexicon/" + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/claimsift/lexicon/" + file, e);
    }
    return out;
  }
}
