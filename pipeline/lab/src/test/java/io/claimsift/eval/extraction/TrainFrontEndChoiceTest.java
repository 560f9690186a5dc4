package io.claimsift.eval.extraction;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import io.claimsift.clean.RegionReplay.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The features of the two front ends' bodies and the two kinds of fit of the choice. */
public class TrainFrontEndChoiceTest {

  private static final String PROSE = "The city council voted on Tuesday to expand the tram"
      + " network by twelve kilometres, a plan that officials say will cost millions.";

  private static Paragraph p(String text, double linkDensity, boolean kept) {
    int letters = (int) text.chars().filter(Character::isLetterOrDigit).count();
    return new Paragraph(text, letters, text.endsWith("."), linkDensity, false, kept);
  }

  private static int index(String name) {
    return FrontEndFeatures.NAMES.indexOf(name);
  }

  /** Both bodies of a page where the sanity check passed, as the probes read them. */
  private static io.claimsift.clean.RegionReplay.Alternatives alternatives(
      java.util.BitSet current, List<Paragraph> html, List<Paragraph> rendered) {
    return new io.claimsift.clean.RegionReplay.Alternatives(current, new java.util.BitSet(),
        false, html, rendered, new java.util.BitSet());
  }

  @Test
  public void aLinkListHtmlBodyAgainstAProseTextBody() {
    // Arrange: the HTML front end kept two link lines; the text front end the story.
    List<Paragraph> html = List.of(p("View author archive", 1.0, true),
        p("Get author RSS feed", 1.0, true), p(PROSE, 0.0, false));
    List<Paragraph> rendered = List.of(p("View author archive", 0, false),
        p("Get author RSS feed", 0, false), p(PROSE, 0, true));
    // Act
    double[] f = FrontEndFeatures.of(html, rendered, 40);
    // Assert
    assertThat(f.length, is(FrontEndFeatures.NAMES.size()));
    assertThat(f[index("html_link_density")], is(1.0));
    assertThat(f[index("html_sentence_letters")], is(0.0));
    assertThat(FrontEndFeatures.htmlSentenceLetters(f), is(0L));
    assertThat(f[index("letter_ratio")], greaterThan(1.0));
    assertThat(f[index("text_shared")], is(0.0));
    assertThat(f[index("html_shared")], is(0.0));
    // The story is an HTML paragraph too (removed there), with no links.
    assertThat(f[index("text_outside_html")], is(0.0));
    assertThat(f[index("text_link_density")], is(0.0));
    assertThat(f[index("text_start")], closeTo(33.0 / (33 + PROSE.chars()
        .filter(Character::isLetterOrDigit).count()), 1e-9));
  }

  @Test
  public void bodiesThatAgreeShareAllTheirLetters() {
    // Arrange
    List<Paragraph> html = List.of(p("Menu", 1.0, false), p(PROSE, 0.0, true));
    List<Paragraph> rendered = List.of(p("Menu", 0, false), p(PROSE, 0, true));
    // Act
    double[] f = FrontEndFeatures.of(html, rendered, 40);
    // Assert
    assertThat(f[index("text_shared")], is(1.0));
    assertThat(f[index("html_shared")], is(1.0));
    assertThat(f[index("letter_ratio")], is(0.0));
    assertThat(FrontEndFeatures.htmlSentenceLetters(f),
        is(PROSE.chars().filter(Character::isLetterOrDigit).count()));
  }

  /** Rows whose first feature decides the gain: above 0.5 the text body is better. */
  private static double[][] rows(List<Double> gains) {
    double[][] x = new double[40][];
    for (int i = 0; i < 40; i++) {
      double[] row = new double[FrontEndFeatures.NAMES.size()];
      row[0] = i / 40.0;
      row[1] = (i * 7 % 40) / 40.0; // unrelated to the gain
      x[i] = row;
      gains.add(i >= 20 ? 0.5 : -0.5);
    }
    return x;
  }

  private static double[] array(List<Double> xs) {
    double[] out = new double[xs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = xs.get(i);
    }
    return out;
  }

  @Test
  public void theLogisticFitTakesTheTextBodyWhereItWasBetter() {
    // Arrange
    List<Double> gains = new ArrayList<>();
    double[][] x = rows(gains);
    // Act
    TrainFrontEndChoice.Logistic m = TrainFrontEndChoice.Logistic.fit(x, array(gains), 1, 0);
    // Assert
    assertThat(m.score(x[35]), greaterThan(0.0));
    assertThat(m.score(x[5]), lessThan(0.0));
    assertThat(Math.abs(m.weights()[0]), greaterThan(Math.abs(m.weights()[1])));
    // A margin makes it more cautious; the same data give the same model.
    assertThat(TrainFrontEndChoice.Logistic.fit(x, array(gains), 1, 100).score(x[35]),
        lessThan(0.0));
    assertThat(TrainFrontEndChoice.Logistic.fit(x, array(gains), 1, 0).weights(),
        is(m.weights()));
  }

  @Test
  public void pagesWhereBothBodiesAreEqualDoNotCount() {
    // Arrange: the same rows, plus many with no gain on the other side of the split.
    List<Double> gains = new ArrayList<>();
    double[][] x = rows(gains);
    double[][] more = new double[x.length + 200][];
    System.arraycopy(x, 0, more, 0, x.length);
    for (int i = x.length; i < more.length; i++) {
      more[i] = x[0].clone();
      gains.add(0.0);
    }
    // Act
    TrainFrontEndChoice.Logistic m = TrainFrontEndChoice.Logistic.fit(more, array(gains), 1, 0);
    // Assert
    assertThat(m.score(x[35]), greaterThan(0.0));
    assertThat(m.score(x[5]), lessThan(0.0));
  }

  @Test
  public void theTreeSplitsOnTheFeatureThatDecidesTheGain() {
    // Arrange
    List<Double> gains = new ArrayList<>();
    double[][] x = rows(gains);
    // Act
    TrainFrontEndChoice.Tree t = TrainFrontEndChoice.Tree.fit(x, array(gains), 2, 5);
    // Assert
    assertThat(t.feature(), is(0));
    assertThat(t.threshold(), closeTo(19.5 / 40, 1e-12));
    assertThat(t.score(x[35]), greaterThan(0.0));
    assertThat(t.score(x[5]), lessThan(0.0));
  }

  @Test
  public void aTreeWithoutAGainfulSplitIsOneLeaf() {
    // Arrange: the text body is never better.
    double[][] x = rows(new ArrayList<>());
    double[] gains = new double[x.length];
    java.util.Arrays.fill(gains, -0.1);
    // Act
    TrainFrontEndChoice.Tree t = TrainFrontEndChoice.Tree.fit(x, gains, 3, 5);
    // Assert
    assertThat(t.below() == null, is(true));
    assertThat(t.score(x[35]), lessThan(0.0));
  }

  @Test
  public void solveSolvesALinearSystem() {
    double[] x = TrainFrontEndChoice.solve(
        new double[][] {{0, 2, 0}, {1, 1, 0}, {0, 0, 4}}, new double[] {4, 3, 8});
    assertThat(x[0], closeTo(1, 1e-12));
    assertThat(x[1], closeTo(2, 1e-12));
    assertThat(x[2], closeTo(2, 1e-12));
  }

  @Test
  public void theParagraphOracleDropsOnlyHtmlOnlyParagraphsThatAreNotInTheTruth() {
    // Arrange: the HTML body keeps the story, a sidebar line and a caption the truth has; the
    // text body keeps the story alone.
    String sidebar = "Sign up for our weekly newsletter about trams and buses today";
    String caption = "A tram crosses the old bridge in the eastern district at dawn";
    List<Paragraph> html = List.of(p(PROSE, 0, true), p(sidebar, 0, true), p(caption, 0, true));
    List<Paragraph> rendered = List.of(p(PROSE, 0, true), p(sidebar, 0, false),
        p(caption, 0, false));
    java.util.BitSet current = new java.util.BitSet();
    current.set(0, 3);
    io.claimsift.clean.RegionReplay.Alternatives alt = alternatives(current, html, rendered);
    // Act
    java.util.BitSet trimmed = TrainFrontEndChoice.trimmed(alt, PROSE + "\n\n" + caption);
    // Assert
    assertThat(trimmed.get(0), is(true));
    assertThat(trimmed.get(1), is(false));
    assertThat(trimmed.get(2), is(true));
    assertThat(current.cardinality(), is(3));
  }

  @Test
  public void theParagraphVoteLabelsTheParagraphsOnlyTheHtmlBodyKeeps() {
    // Arrange: as above; the story is kept by both front ends, so it is no candidate.
    String sidebar = "Sign up for our weekly newsletter about trams and buses today";
    String caption = "A tram crosses the old bridge in the eastern district at dawn";
    List<Paragraph> html = List.of(p(PROSE, 0, true), p(sidebar, 0.5, true), p(caption, 0, true));
    List<Paragraph> rendered = List.of(p(PROSE, 0, true), p(sidebar, 0, false),
        p(caption, 0, false));
    java.util.BitSet current = new java.util.BitSet();
    current.set(0, 3);
    String truth = PROSE + "\n\n" + caption;
    // Act
    TrainFrontEndChoice.Vote vote = TrainFrontEndChoice.Vote.of(
        alternatives(current, html, rendered), truth, 40);
    // Assert
    assertThat(vote.candidates().length, is(2));
    assertThat(vote.x()[0].length, is(TrainFrontEndChoice.Vote.FEATURES.size()));
    assertThat(vote.x()[0][2], is(0.5));
    assertThat(vote.letterGain()[0], greaterThan(0.0));
    assertThat(vote.letterGain()[1], lessThan(0.0));
    // A model that drops every candidate leaves the story alone; one that drops none, all three.
    int d = TrainFrontEndChoice.Vote.FEATURES.size();
    double[] ones = new double[d];
    java.util.Arrays.fill(ones, 1);
    TrainFrontEndChoice.Logistic dropAll =
        new TrainFrontEndChoice.Logistic(new double[d], ones, new double[d], 1, 0);
    TrainFrontEndChoice.Logistic dropNone =
        new TrainFrontEndChoice.Logistic(new double[d], ones, new double[d], -1, 0);
    assertThat(vote.score("x", dropAll), is(ShingleMetric.page("x", truth, PROSE)));
    assertThat(vote.score("x", dropNone), is(ShingleMetric.page("x", truth,
        PROSE + "\n\n" + sidebar + "\n\n" + caption)));
  }

  @Test
  public void thePageF1LabelIsTheChangeOfThePageF1WhenTheParagraphAloneIsDropped() {
    // Arrange: the HTML body keeps the story, a newsletter line and a caption; the truth is the
    // story and the caption. Dropping the newsletter line gives the truth exactly (F1 1); dropping
    // the caption loses true shingles and keeps the false ones.
    String sidebar = "Sign up for our weekly newsletter about trams and buses today";
    String caption = "A tram crosses the old bridge in the eastern district at dawn";
    List<Paragraph> html = List.of(p(PROSE, 0, true), p(sidebar, 0, true), p(caption, 0, true));
    List<Paragraph> rendered = List.of(p(PROSE, 0, true), p(sidebar, 0, false),
        p(caption, 0, false));
    java.util.BitSet current = new java.util.BitSet();
    current.set(0, 3);
    String truth = PROSE + "\n\n" + caption;
    double before = ShingleMetric.page("x", truth,
        PROSE + "\n\n" + sidebar + "\n\n" + caption).f1();
    // Act
    TrainFrontEndChoice.Vote vote = TrainFrontEndChoice.Vote.of(
        alternatives(current, html, rendered), truth, 40);
    // Assert
    assertThat(before, lessThan(1.0));
    assertThat(vote.f1Gain()[0], closeTo(1.0 - before, 1e-12));
    assertThat(vote.f1Gain()[1], lessThan(0.0));
    // The label's oracle drops the newsletter line only.
    assertThat(vote.labelOracle("x").f1(), is(1.0));
    assertThat(vote.x()[0].length, is(TrainFrontEndChoice.Vote.FEATURES.size()));
  }

  @Test
  public void aLargeF1ChangeOutweighsManySmallOnesOfTheOtherSign() {
    // Arrange: one feature; 10 rows at x = 1 where dropping gains 0.01 each, and 10 rows at the
    // same x where dropping costs 0.2 each. Counted by rows it is a tie; weighted by the F1
    // change the drop is wrong.
    double[][] x = new double[22][];
    double[] gain = new double[22];
    for (int i = 0; i < 20; i++) {
      x[i] = new double[] {1};
      gain[i] = i < 10 ? 0.01 : -0.2;
    }
    // Two rows at x = 0 where dropping is right, so that the feature varies.
    x[20] = new double[] {0};
    x[21] = new double[] {0};
    gain[20] = 0.5;
    gain[21] = 0.5;
    // Act
    TrainFrontEndChoice.Logistic m = TrainFrontEndChoice.Logistic.fit(x, gain, 0.01, 0);
    // Assert
    assertThat(m.score(new double[] {1}), lessThan(0.0));
    assertThat(m.score(new double[] {0}), greaterThan(0.0));
  }
}
