package io.claimsift.clean;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * One page's cleaning state just before the body choice, which can be replayed under other
 * {@link RegionParams}: the lab's training command fits the parameters on pages prepared once
 * (the rule passes do not depend on them). {@link #keep} under the parameters of a cleaner gives
 * the clean text that cleaner gives (sanity check and {@link BodyVote} included).
 *
 * <p>Not thread-safe: a replay reuses the page's lines.
 */
public final class RegionReplay {

  private final List<LineClassifier.Block> blocks;
  private final LineClassifier.Prepared prepared;
  /** HTML only: the rendered paragraphs and their text-front-end preparation, else null. */
  private final List<LineClassifier.Block> rendered;
  private final LineClassifier.Prepared renderedPrepared;
  /** HTML only: the page's own paragraphs without links or hints, prepared by the text front end. */
  private final List<LineClassifier.Block> plain;
  private final LineClassifier.Prepared plainPrepared;
  /** HTML only: the text of Readability's article on the page, or null (see {@link ReadabilityVote}). */
  private final String readability;

  private RegionReplay(List<LineClassifier.Block> blocks, LineClassifier.Prepared prepared,
      List<LineClassifier.Block> rendered, LineClassifier.Prepared renderedPrepared,
      List<LineClassifier.Block> plain, LineClassifier.Prepared plainPrepared,
      String readability) {
    this.blocks = blocks;
    this.prepared = prepared;
    this.rendered = rendered;
    this.renderedPrepared = renderedPrepared;
    this.plain = plain;
    this.plainPrepared = plainPrepared;
    this.readability = readability;
  }

  static RegionReplay html(List<LineClassifier.Block> blocks, LineClassifier.Prepared prepared,
      List<LineClassifier.Block> rendered, LineClassifier.Prepared renderedPrepared,
      List<LineClassifier.Block> plain, LineClassifier.Prepared plainPrepared,
      String readability) {
    return new RegionReplay(blocks, prepared, Objects.requireNonNull(rendered), renderedPrepared,
        Objects.requireNonNull(plain), plainPrepared, readability);
  }

  static RegionReplay text(List<LineClassifier.Block> blocks, LineClassifier.Prepared prepared) {
    return new RegionReplay(blocks, prepared, null, null, null, null, null);
  }

  /** Prepares pages of both front ends with one rule set. */
  public static final class Preparer {
    private final HtmlCleaner html;
    private final TextCleaner text;

    public Preparer(CleaningRules rules) {
      this.html = new HtmlCleaner(rules);
      this.text = new TextCleaner(rules);
    }

    /** An HTML page, as {@link HtmlCleaner#clean} sees it. */
    public RegionReplay html(String page) {
      return html.replay(page);
    }

    /** A plain-text dump, as {@link TextCleaner#clean} sees it. */
    public RegionReplay text(String dump) {
      return text.replay(dump);
    }
  }

  /**
   * The kept paragraphs under {@code params}: bit i for paragraph i of the page; when the HTML
   * sanity check fails, bit {@code n} (the paragraph count) and then bit {@code n + 1 + j} for
   * rendered paragraph j. Equal sets give equal clean text.
   */
  public BitSet keep(RegionParams params) {
    return state(params, ReadabilityVote.standard()).kept();
  }

  /**
   * As {@link #keep(RegionParams)}, with another Readability vote, or none ({@code vote} null: the
   * cleaner with {@code CleaningLimits.maxReadabilityElements} 0).
   */
  public BitSet keep(RegionParams params, ReadabilityVote vote) {
    return state(params, vote).kept();
  }

  /**
   * One paragraph as a front end judged it, for the lab's study of the two front ends.
   *
   * @param text the paragraph
   * @param letters its letters and digits
   * @param sentenceEnd whether it ends like a sentence (CJK stops included)
   * @param linkDensity the share of its letters inside links (0 in the rendered text)
   * @param inMain whether the markup hints it is article text: in the main container or in
   *     JSON-LD's articleBody (false in the rendered text)
   * @param kept whether the front end keeps it
   */
  public record Paragraph(String text, int letters, boolean sentenceEnd, double linkDensity,
      boolean inMain, boolean kept) {}

  /**
   * Both front ends' bodies of an HTML page under {@code params}, for the lab's training of a
   * choice between them.
   *
   * @param current the kept set of the cleaner ({@link #keep})
   * @param text the kept set when the text front end's body is taken
   * @param fellBack whether the sanity check took the text front end's body
   * @param html the HTML front end's paragraphs, kept as its body choice keeps them, with the
   *     vote when the sanity check passed (the fallback itself not applied)
   * @param rendered the page's rendered paragraphs, kept as the text front end keeps them
   * @param plainKept bit i when the text front end keeps the page's own paragraph i (its plain
   *     text, the input of {@link BodyVote})
   */
  public record Alternatives(BitSet current, BitSet text, boolean fellBack,
      List<Paragraph> html, List<Paragraph> rendered, BitSet plainKept) {}

  /** See {@link Alternatives}; HTML pages only. */
  public Alternatives alternatives(RegionParams params) {
    if (rendered == null) {
      throw new IllegalStateException("not an HTML page");
    }
    State s = state(params, ReadabilityVote.standard());
    LineClassifier.Result text = s.text != null ? s.text
        : LineClassifier.finish(renderedPrepared, new BodyRegion(params.text()));
    RemovalReason[] plainReasons =
        LineClassifier.finish(plainPrepared, new BodyRegion(params.text())).reasons();
    BitSet plainKept = new BitSet();
    for (int i = 0; i < plainReasons.length; i++) {
      if (plainReasons[i] == null) {
        plainKept.set(i);
      }
    }
    return new Alternatives(s.kept(), textKept(text), s.fellBack,
        paragraphs(blocks, s.htmlReasons), paragraphs(rendered, text.reasons()), plainKept);
  }

  private static List<Paragraph> paragraphs(List<LineClassifier.Block> blocks,
      RemovalReason[] reasons) {
    List<Paragraph> out = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      LineClassifier.Block b = blocks.get(i);
      out.add(new Paragraph(b.text(), BodyRegion.letters(b.text()),
          SentenceEnd.WITH_CJK.ends(b.text()), b.linkDensity(), b.hint() > 0,
          reasons[i] == null));
    }
    return List.copyOf(out);
  }

  private BitSet textKept(LineClassifier.Result text) {
    BitSet kept = new BitSet();
    int n = blocks.size();
    kept.set(n);
    for (int j = 0; j < rendered.size(); j++) {
      if (text.reasons()[j] == null) {
        kept.set(n + 1 + j);
      }
    }
    return kept;
  }

  /**
   * The HTML verdicts (after the vote; before it when the sanity check fell back), the text front
   * end's result when it was computed, whether the sanity check fell back, the kept set.
   */
  private record State(RemovalReason[] htmlReasons, LineClassifier.Result text, boolean fellBack,
      BitSet kept) {}

  private State state(RegionParams params, ReadabilityVote third) {
    LineClassifier.Result result = LineClassifier.finish(
        prepared, new BodyRegion(rendered == null ? params.text() : params.html()));
    if (rendered != null) {
      TextFallback check = new TextFallback(null, params.fallback());
      LineClassifier.Result[] text = new LineClassifier.Result[1];
      TextFallback.Outcome fallback = check.plausible(blocks, result) ? null
          : check.judgeWith(blocks, result, rendered, () -> {
            text[0] = LineClassifier.finish(renderedPrepared, new BodyRegion(params.text()));
            return text[0];
          });
      if (fallback != null) {
        return new State(result.reasons(), fallback.result(), true, textKept(fallback.result()));
      }
      BodyVote vote = new BodyVote(params.html());
      if (vote.hasCandidates(blocks, result.reasons())) {
        RemovalReason[] voted = vote.apply(blocks, result.reasons(), plain,
            LineClassifier.finish(plainPrepared, new BodyRegion(params.text())).reasons());
        result = new LineClassifier.Result(voted, result.title(), result.authors(),
            result.publishedAt(), result.updatedAt());
      }
      if (third != null && third.applies(blocks, result.reasons())) {
        LineClassifier.Result textResult = text[0] != null ? text[0]
            : LineClassifier.finish(renderedPrepared, new BodyRegion(params.text()));
        java.util.Set<String> textKept = HtmlCleaner.keptTexts(rendered, textResult);
        if (third.hasCandidates(blocks, result.reasons(), textKept)) {
          result = new LineClassifier.Result(
              third.apply(blocks, result.reasons(), textKept, readability), result.title(),
              result.authors(), result.publishedAt(), result.updatedAt());
        }
      }
      return new State(result.reasons(), text[0], false, htmlKept(result.reasons()));
    }
    return new State(result.reasons(), null, false, htmlKept(result.reasons()));
  }

  private static BitSet htmlKept(RemovalReason[] reasons) {
    BitSet kept = new BitSet();
    for (int i = 0; i < reasons.length; i++) {
      if (reasons[i] == null) {
        kept.set(i);
      }
    }
    return kept;
  }

  /** The clean text of a {@link #keep} set, as the cleaner writes it. */
  public String cleanText(BitSet kept) {
    StringBuilder out = new StringBuilder();
    int n = blocks.size();
    boolean fallback = rendered != null && kept.get(n);
    for (int i = kept.nextSetBit(fallback ? n + 1 : 0); i >= 0; i = kept.nextSetBit(i + 1)) {
      String text = fallback ? rendered.get(i - n - 1).text() : blocks.get(i).text();
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(rendered == null ? LineText.collapse(text) : text);
    }
    return out.toString();
  }

  /** The number of paragraphs of the page (HTML: its own, not the rendered ones). */
  public int paragraphs() {
    return blocks.size();
  }
}
