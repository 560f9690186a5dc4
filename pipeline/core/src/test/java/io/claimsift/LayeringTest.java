package io.claimsift;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The layering inside core, as docs/design.md states it: each package imports only the
 * ClaimSift packages listed for it here. A new dependency between packages is a design decision:
 * make it here and in the design document together.
 */
public class LayeringTest {

  private static final Path SOURCES = Path.of("pipeline/core/src/main/java");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?(io\\.claimsift(?:\\.[a-z][a-z0-9_]*)+)\\.[A-Z]");

  private static final Set<String> CLAIM_PARTS = Set.of("claims.dates", "claims.quantities",
      "claims.attribution", "claims.scoring");

  /** Package (without "io.claimsift.") to the packages it may import. */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("read", Set.of()),
      Map.entry("read.warc", Set.of("read")),
      Map.entry("lexicon", Set.of()),
      Map.entry("embed", Set.of()),
      Map.entry("similarity", Set.of()),
      Map.entry("sentences", Set.of("lexicon")),
      Map.entry("clean", Set.of("lexicon", "claims.dates", "sentences")),
      Map.entry("claims.dates", Set.of("sentences", "lexicon")),
      Map.entry("claims.quantities", Set.of("claims.dates", "sentences", "lexicon")),
      Map.entry("linear", Set.of()),
      Map.entry("claims.attribution", Set.of("sentences", "lexicon", "linear")),
      Map.entry("claims.scoring", Set.of("sentences", "lexicon", "linear")),
      Map.entry("claims", union(CLAIM_PARTS, Set.of("sentences", "lexicon"))),
      Map.entry("dedup", union(CLAIM_PARTS, Set.of("claims", "embed", "sentences", "lexicon", "similarity"))),
      Map.entry("outlets", Set.of("sentences", "similarity")),
      Map.entry("output", Set.of("read", "clean", "schema")),
      Map.entry("report", Set.of("output", "schema")));

  @Test
  public void everyCorePackageImportsOnlyThePackagesBelowIt() throws IOException {
    List<String> violations = new ArrayList<>();
    int filesChecked = 0;

    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.')
            .substring("io.claimsift.".length());
        Set<String> allowed = ALLOWED.get(pkg);
        if (allowed == null) {
          violations.add(pkg + ": a core package with no layering rule (add one)");
          continue;
        }
        filesChecked++;
        for (String line : Files.readAllLines(file)) {
          Matcher m = IMPORT.matcher(line);
          if (!m.find()) {
            continue;
          }
          String imported = m.group(1).substring("io.claimsift.".length());
          if (!imported.equals(pkg) && !allowed.contains(imported)) {
            violations.add(SOURCES.relativize(file) + " imports io.claimsift." + imported);
          }
        }
      }
    }

    assertTrue("core sources were found", filesChecked > 50);
    assertEquals("imports against the layering", List.of(), violations);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
