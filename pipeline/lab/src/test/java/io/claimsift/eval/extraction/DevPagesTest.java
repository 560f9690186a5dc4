package io.claimsift.eval.extraction;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DevPagesTest {

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void pagesComeInIdsOrderWithTheirTruthUrlAndInputs() throws Exception {
    // Arrange: a folder laid out like the extraction DEV sets, a blank line in ids.txt and one
    // page without a truth entry
    Path dir = tmp.newFolder("dragnet").toPath();
    Files.writeString(dir.resolve("ids.txt"), "p2\n\np1\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"Body one.\", \"url\": \"https://www.example.co.uk/a\"}}",
        StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("html"));
    for (String id : List.of("p1", "p2")) {
      Files.writeString(dir.resolve("text").resolve(id + ".txt"), "text of " + id,
          StandardCharsets.UTF_8);
      try (OutputStream out = new GZIPOutputStream(
          Files.newOutputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
        out.write(("<p>html of " + id + "</p>").getBytes(StandardCharsets.UTF_8));
      }
    }

    // Act
    List<DevPages.Page> pages = DevPages.of(dir);

    // Assert
    assertThat(pages.size(), is(2));
    DevPages.Page first = pages.get(0);
    assertThat(first.id(), is("p2"));
    assertThat(first.source(), is("dragnet"));
    assertThat(first.truth(), is(""));
    assertThat(first.site(), is("dragnet:p2"));
    DevPages.Page second = pages.get(1);
    assertThat(second.truth(), is("Body one."));
    assertThat(second.url(), is("https://www.example.co.uk/a"));
    assertThat(second.site(), is("example.co.uk"));
    assertThat(second.text(), is("text of p1"));
    assertThat(second.html(), is("<p>html of p1</p>"));
  }
}
