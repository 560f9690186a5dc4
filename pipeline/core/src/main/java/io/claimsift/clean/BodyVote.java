package io.claimsift.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-paragraph vote of the two front ends inside the HTML body.
 *
 * <p>Rule: a paragraph that lies between the first and the last paragraph the HTML front end
 * keeps, that the HTML front end removed and whose link density is at least the HTML preset's
 * {@link RegionParams.Preset#maxProseLinkDensity} (it was judged a link line, not prose), is kept
 * when the text front end, reading the page's rendered text as a plain-text dump, keeps a
 * paragraph of the same text. The text front end does not see links: it keeps such a line only
 * when the line reads like body text where it stands (an inline "see also" sentence, a linked
 * heading or quotation), and it applies the same line rules (share prompts, menus, datelines),
 * which is why only link lines are put to the vote: every other HTML removal inside the body comes
 * from a rule both front ends share. Text already kept elsewhere is not kept twice.
 *
 * <p>{@link #hasCandidates} is cheap and decides whether the text front end needs to run at all.
 *
 * <p>Immutable and thread-safe.
 */
final class BodyVote {

  private final double linkLine;

  BodyVote(RegionParams.Preset html) {
    this.linkLine = html.maxProseLinkDensity();
  }

  /** Whether some paragraph could change: a removed link line inside the HTML body. */
  boolean hasCandidates(List<LineClassifier.Block> blocks, RemovalReason[] reasons) {
    int first = firstKept(reasons);
    int last = lastKept(reasons);
    for (int i = first + 1; i < last; i++) {
      if (isCandidate(blocks.get(i), reasons[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The HTML verdicts after the vote: a copy of {@code reasons} where the candidates the text
   * front end keeps are kept; {@code reasons} itself when nothing changes.
   *
   * @param rendered the page's rendered paragraphs
   * @param textReasons the text front end's verdicts on them
   */
  RemovalReason[] apply(List<LineClassifier.Block> blocks, RemovalReason[] reasons,
      List<LineClassifier.Block> rendered, RemovalReason[] textReasons) {
    Set<String> textKept = new HashSet<>();
    for (int j = 0; j < rendered.size(); j++) {
      if (textReasons[j] == null) {
        textKept.add(rendered.get(j).text());
      }
    }
    Set<String> kept = new HashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (reasons[i] == null) {
        kept.add(blocks.get(i).text());
      }
    }
    int first = firstKept(reasons);
    int last = lastKept(reasons);
    RemovalReason[] out = reasons;
    for (int i = first + 1; i < last; i++) {
      String text = blocks.get(i).text();
      if (isCandidate(blocks.get(i), reasons[i]) && textKept.contains(text) && kept.add(text)) {
        if (out == reasons) {
          out = reasons.clone();
        }
        out[i] = null;
      }
    }
    return out;
  }

  private boolean isCandidate(LineClassifier.Block block, RemovalReason reason) {
    return reason != null && block.linkDensity() >= linkLine;
  }

  private static int firstKept(RemovalReason[] reasons) {
    for (int i = 0; i < reasons.length; i++) {
      if (reasons[i] == null) {
        return i;
      }
    }
    return reasons.length;
  }

  private static int lastKept(RemovalReason[] reasons) {
    for (int i = reasons.length - 1; i >= 0; i--) {
      if (reasons[i] == null) {
        return i;
      }
    }
    return -1;
  }
}
