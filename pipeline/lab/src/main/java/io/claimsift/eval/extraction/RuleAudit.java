package io.claimsift.eval.extraction;

import io.claimsift.clean.ArticleCleaner;
import io.claimsift.clean.CleaningRules;
import io.claimsift.eval.ResultLine;
import io.claimsift.eval.TuneCheckSplit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which line rules earn their place: drops each line rule of the standard cleaning rules in turn
 * and counts, over every page of the given extraction folders and both modes, the pages whose
 * clean text changes, with the change of the summed page F1 on the tune and check halves (positive:
 * the rule helps).
 *
 * <p>Usage: {@code RuleAudit DATA_DIR...}; prints one line per rule (position, reason, pages
 * changed in text and HTML mode, F1 change per half, pattern) and ends with {@code RESULT
 * rule-audit rules=N rare=M}, where rare rules change fewer than {@value #RARE_PAGES} pages in
 * all. Only line rules are audited; the element rules of the HTML front end and the word lists
 * are not.
 */
public final class RuleAudit {

  /** A rule that changes fewer pages than this over all sources is rare. */
  static final int RARE_PAGES = 3;

  private RuleAudit() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: RuleAudit DATA_DIR...");
      System.exit(2);
    }
    List<List<ExtractionEval.Page>> byMode = new ArrayList<>();
    for (String mode : List.of("text", "html")) {
      List<ExtractionEval.Page> pages = new ArrayList<>();
      for (String dir : args) {
        pages.addAll(ExtractionEval.load(Path.of(dir), mode));
      }
      byMode.add(pages);
    }
    CleaningRules standard = CleaningRules.standard();
    List<List<Double>> baseF1 = new ArrayList<>();
    List<List<String>> baseText = new ArrayList<>();
    for (int m = 0; m < 2; m++) {
      List<String> texts = clean(ArticleCleaner.standard(), byMode.get(m), m == 1);
      baseText.add(texts);
      baseF1.add(f1s(byMode.get(m), texts));
    }
    int rules = standard.lineRules().size();
    int rare = 0;
    System.out.println("rule\treason\tchanged_text\tchanged_html\tdf1_tune\tdf1_check\tpattern");
    for (int k = 0; k < rules; k++) {
      ArticleCleaner without =
          new ArticleCleaner(standard.toBuilder().removeLineRule(k).build());
      int[] changed = new int[2];
      double[] delta = new double[2]; // tune, check: baseline minus without, summed page F1
      for (int m = 0; m < 2; m++) {
        List<ExtractionEval.Page> pages = byMode.get(m);
        List<String> texts = clean(without, pages, m == 1);
        for (int i = 0; i < pages.size(); i++) {
          if (!texts.get(i).equals(baseText.get(m).get(i))) {
            changed[m]++;
            ExtractionEval.Page p = pages.get(i);
            double f1 = ShingleMetric.page(p.id(), p.truth(), texts.get(i)).f1();
            delta[TuneCheckSplit.isCheck(p.id()) ? 1 : 0] += baseF1.get(m).get(i) - f1;
          }
        }
      }
      CleaningRules.LineRule r = standard.lineRules().get(k);
      rare += changed[0] + changed[1] < RARE_PAGES ? 1 : 0;
      System.out.printf(Locale.ROOT, "%d\t%s\t%d\t%d\t%+.3f\t%+.3f\t%s%n", k, r.reason().code(),
          changed[0], changed[1], delta[0], delta[1], r.pattern().pattern());
    }
    System.out.println(ResultLine.of("rule-audit").put("rules", rules).put("rare", rare));
  }

  private static List<String> clean(
      ArticleCleaner cleaner, List<ExtractionEval.Page> pages, boolean html) {
    List<String> out = new ArrayList<>(pages.size());
    for (ExtractionEval.Page p : pages) {
      out.add(html ? cleaner.cleanHtml(p.input()).cleanText() : cleaner.cleanText(p.input()).cleanText());
    }
    return out;
  }

  private static List<Double> f1s(List<ExtractionEval.Page> pages, List<String> texts) {
    List<Double> out = new ArrayList<>(pages.size());
    for (int i = 0; i < pages.size(); i++) {
      ExtractionEval.Page p = pages.get(i);
      out.add(ShingleMetric.page(p.id(), p.truth(), texts.get(i)).f1());
    }
    return out;
  }
}
