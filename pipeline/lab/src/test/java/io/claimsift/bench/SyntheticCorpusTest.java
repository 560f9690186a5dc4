package io.claimsift.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SyntheticCorpusTest {
  /** One body paragraph without digits: every variant of every article is the same page. */
  private static final String SAME_EVERY_TIME = "<html><body><p>The council met on the river bank and "
      + "talked about the old bridge for most of the evening.</p></body></html>";

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void collidingArticlesTakeTheFirstFreeVariantInIndexOrder() {
    // Arrange: the synthesizer's variants are all equal, so only padding makes an article unique
    ArticleSynthesizer synthesizer = new ArticleSynthesizer(List.of(SourcePage.html(SAME_EVERY_TIME)));

    // Act
    int[] chosen = SyntheticCorpus.uniqueVariants(synthesizer, 5);

    // Assert: article 0 keeps the page; each later one needs one more padding paragraph than the last
    int first = SyntheticCorpus.MAX_ATTEMPTS;
    assertThat(chosen, equalTo(new int[] {0, first, first + 1, first + 2, first + 3}));
    HashSet<String> texts = new HashSet<>();
    for (int i = 0; i < chosen.length; i++) {
      texts.add(SyntheticCorpus.variant(synthesizer, i, chosen[i]));
    }
    assertThat(texts.size(), equalTo(5));
  }

  @Test
  public void twoCallsWriteTheSameBytes() throws IOException {
    // Arrange: two source pages, one of which collides with itself on every article
    Path source = tmp.newFolder("source").toPath();
    Path html = Files.createDirectories(source.resolve("html"));
    Files.writeString(html.resolve("a.html"), SAME_EVERY_TIME, StandardCharsets.ISO_8859_1);
    Files.writeString(html.resolve("b.html"), "<html><body><p>Officials counted 48 flooded roads and 7 closed "
        + "bridges on Tuesday, the agency said.</p></body></html>", StandardCharsets.ISO_8859_1);
    Path one = tmp.getRoot().toPath().resolve("one");
    Path two = tmp.getRoot().toPath().resolve("two");

    // Act
    SyntheticCorpus.ensure(source, InputFormat.HTML, 40, one);
    SyntheticCorpus.ensure(source, InputFormat.HTML, 40, two);

    // Assert
    List<Path> files = files(one);
    assertThat(files.size(), equalTo(40));
    assertThat(files, equalTo(files(two)));
    for (Path file : files) {
      assertThat(file.toString(), Arrays.equals(Files.readAllBytes(one.resolve(file)),
          Files.readAllBytes(two.resolve(file))), equalTo(true));
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = new ArrayList<>();
      walk.filter(Files::isRegularFile).sorted().forEach(p -> files.add(root.relativize(p)));
      return files;
    }
  }
}
