package io.claimsift.eval.dedup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A labelled MRPC-style file: header, then {@code label<TAB>sentence1<TAB>sentence2} rows. */
record MrpcPairs(List<Pair> pairs) {
  private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");

  /** One labelled pair. */
  record Pair(boolean same, String first, String second) {
    /** True when both sentences state the same set of digit strings (the README's naive test). */
    boolean numberConsistent() {
      return digitStrings(first).equals(digitStrings(second));
    }
  }

  static MrpcPairs read(Path file) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length == 3 && (f[0].equals("0") || f[0].equals("1"))) {
        pairs.add(new Pair(f[0].equals("1"), f[1].strip(), f[2].strip()));
      }
    }
    return new MrpcPairs(List.copyOf(pairs));
  }

  List<String> sentences() {
    List<String> out = new ArrayList<>();
    for (Pair p : pairs) {
      out.add(p.first());
      out.add(p.second());
    }
    return out;
  }

  static Set<String> digitStrings(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = DIGITS.matcher(s);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    return out;
  }
}
