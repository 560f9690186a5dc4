package io.claimsift.clean;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * The text front end's vote on an HTML page's paragraphs takes pass 1 (the context-free line
 * rules) from the HTML classification of the same texts: it must classify exactly as a fresh
 * classification does, and fall back to one when the texts or the rules differ.
 */
public class FirstPassReuseTest {

  private static final List<String> TEXTS = List.of(
      "Home | World | Business | Sport",
      "Council approves the transport budget",
      "By Jane Doe and John Roe | Updated May 2, 2024",
      "May 6, 2024 9:30 AM",
      "Share on Facebook",
      "The city council approved the new transport budget on Monday after a long debate, with"
          + " most members saying the plan would cut travel times for commuters.",
      "Read more",
      "The budget sets aside money for three new bus lines and for repairs to the bridges that"
          + " carry most of the traffic into the centre of the city.",
      "Photo: Reuters",
      "Work on the first line is due to start in the spring, and the council expects the whole"
          + " programme to be finished within four years if funding holds.",
      "About the author",
      "Jane Doe",
      "Jane Doe covers city politics and has reported on transport for ten years.",
      "Related stories",
      "Copyright 2024 The Courier. All rights reserved.",
      "Share on Facebook");

  private final CleaningRules rules = CleaningRules.standard();
  private final RegionParams params = RegionParams.standard();
  private final LineClassifier html = new LineClassifier(rules, new BodyRegion(params.html()));
  private final LineClassifier text =
      new LineClassifier(rules, new BodyRegion(params.text()), true);

  /** The paragraphs as the HTML front end has them: link densities and hints on some. */
  private static List<LineClassifier.Block> htmlBlocks(List<String> texts) {
    List<LineClassifier.Block> blocks = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      blocks.add(new LineClassifier.Block(texts.get(i), i * 10, i * 10 + 9, null,
          i % 3 == 0 ? 1.0 : 0.0, i % 2));
    }
    return blocks;
  }

  private static void assertSameResult(LineClassifier.Result expected,
      LineClassifier.Result actual) {
    assertArrayEquals(expected.reasons(), actual.reasons());
    assertEquals(expected.title(), actual.title());
    assertEquals(expected.authors(), actual.authors());
    assertEquals(expected.publishedAt(), actual.publishedAt());
    assertEquals(expected.updatedAt(), actual.updatedAt());
  }

  @Test
  public void theVoteOnTheSameTextsClassifiesAsAFreshClassification() {
    // Arrange
    List<LineClassifier.Block> blocks = htmlBlocks(TEXTS);
    List<LineClassifier.Block> plain = HtmlCleaner.plainText(blocks);
    for (String title : new String[] {null, "Council approves the transport budget"}) {
      LineClassifier.Prepared first = html.prepare(blocks, title);

      // Act
      LineClassifier.Result reused = text.classify(plain, title, first);

      // Assert
      assertSameResult(text.classify(plain, title), reused);
    }
  }

  @Test
  public void otherTextsAreClassifiedAfresh() {
    // Arrange: the HTML classification of a page one of whose lines differs (a share prompt
    // there, a dateline here: taken over, its verdict and the page's dates would be wrong)
    List<String> changed = new ArrayList<>(TEXTS);
    changed.set(4, "Posted May 7, 2024");
    List<LineClassifier.Block> plain = HtmlCleaner.plainText(htmlBlocks(changed));
    LineClassifier.Prepared other = html.prepare(htmlBlocks(TEXTS), null);

    // Act
    LineClassifier.Result result = text.classify(plain, null, other);

    // Assert
    assertSameResult(text.classify(plain, null), result);
  }

  @Test
  public void theRenderedPageTakesOverOnlyTheLinesItShares() {
    // Arrange: the rendered page around the HTML body's paragraphs: menus, a byline of its own
    // before the shared one (the authors' order is the page's), a dateline the body lacks, and
    // the body's lines in another order
    List<String> rendered = new ArrayList<>();
    rendered.add("Skip to content");
    rendered.add("By John Smith | May 1, 2024");
    rendered.addAll(TEXTS.subList(5, TEXTS.size()));
    rendered.add("Posted May 7, 2024");
    rendered.addAll(TEXTS.subList(0, 5));
    rendered.add("Sign up for our newsletter");
    List<LineClassifier.Block> renderedBlocks = new ArrayList<>();
    for (int i = 0; i < rendered.size(); i++) {
      renderedBlocks.add(new LineClassifier.Block(rendered.get(i), i * 10, i * 10 + 9, null));
    }
    for (String title : new String[] {null, "Council approves the transport budget"}) {
      LineClassifier.Prepared body = html.prepare(htmlBlocks(TEXTS), title);

      // Act
      LineClassifier.Result reused = text.classify(renderedBlocks, title, body);

      // Assert
      LineClassifier.Result fresh = text.classify(renderedBlocks, title);
      assertSameResult(fresh, reused);
      assertEquals(List.of("John Smith", "Jane Doe", "John Roe"), fresh.authors());
    }
  }
}
