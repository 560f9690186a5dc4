package io.claimsift.report;

import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.DateSpan;
import io.claimsift.schema.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns the top claims, their kept mentions and their articles into the rows of the claims table. */
final class ClaimRows {
  private final MentionsPass mentions;
  private final ArticlesPass articles;
  private final ReportLimits limits;

  ClaimRows(MentionsPass mentions, ArticlesPass articles, ReportLimits limits) {
    this.mentions = mentions;
    this.articles = articles;
    this.limits = limits;
  }

  /** The article ids a claim's row names: its first sources by id. */
  static List<String> shownSources(Claim claim, ReportLimits limits) {
    List<String> ids = claim.getArticleIds();
    return ids.subList(0, Math.min(ids.size(), limits.sourcesPerClaim()));
  }

  List<ReportView.ClaimRow> rows(List<Claim> top) {
    List<ReportView.ClaimRow> rows = new ArrayList<>();
    for (Claim claim : top) {
      rows.add(row(rows.size() + 1, claim));
    }
    return rows;
  }

  private ReportView.ClaimRow row(int rank, Claim claim) {
    ClaimMention representative = mentions.representative(claim);
    List<ReportView.QuantityView> quantities = claim.getQuantities().stream().map(ClaimRows::quantity).toList();
    List<ReportView.DateView> dates = claim.getDates().stream().map(ClaimRows::date).toList();
    List<ReportView.MentionView> kept = mentions.of(claim.getClaimId()).stream().map(this::mention).toList();
    int support = claim.getSupportCount();
    int mentionCount = claim.getMentionCount();
    List<String> shown = shownSources(claim, limits);
    String moreSources = shown.size() < claim.getArticleIds().size()
        ? Formats.count(shown.size()) + " of " + Formats.count(claim.getArticleIds().size())
            + " sources shown (the first by article id); the claim's article_ids and source_uris list them all."
        : null;
    String mentionsCap = kept.size() < mentionCount
        ? Formats.count(kept.size()) + " of " + Formats.count(mentionCount)
            + " mentions shown; the claim_mentions dataset has them all (claim_id " + claim.getClaimId() + ")."
        : null;
    return new ReportView.ClaimRow(rank, claim.getClaimId(), claim.getText(), quantities, dates,
        quantities.isEmpty() && dates.isEmpty(),
        claim.getClaimers().isEmpty()
            ? (representative == null ? null : representative.getAttribution())
            : String.join("; ", claim.getClaimers()),
        representative != null && representative.getHedged(),
        Formats.count(support), outlets(claim) + Formats.counted(support, "article", "articles") + ", "
            + Formats.counted(mentionCount, "mention", "mentions"),
        sources(shown), moreSources,
        mentionCount == 1 ? "Its mention" : "Its " + Formats.count(mentionCount) + " mentions",
        kept, mentionsCap);
  }

  /** "3 outlets, " (a claim written before outlets were counted says nothing). */
  private static String outlets(Claim claim) {
    int outlets = claim.getOutletCount();
    return outlets == 0 ? "" : Formats.counted(outlets, "outlet", "outlets") + ", ";
  }

  private List<ReportView.SourceView> sources(List<String> articleIds) {
    List<ArticlesPass.ArticleInfo> infos = new ArrayList<>();
    articleIds.forEach(id -> infos.add(articles.get(id)));
    // by file name, which is how a reviewer finds them in the input folder
    infos.sort(Comparator.comparing((ArticlesPass.ArticleInfo a) -> a.sourceUri() == null ? "\uffff" : a.sourceUri())
        .thenComparing(ArticlesPass.ArticleInfo::articleId));
    List<ReportView.SourceView> views = new ArrayList<>();
    for (ArticlesPass.ArticleInfo a : infos) {
      views.add(new ReportView.SourceView(blankToNull(a.title()), webAddress(a.canonicalUrl()),
          Formats.day(a.publishedAt()), a.sourceUri() == null ? "article " + a.articleId() : a.sourceUri()));
    }
    return views;
  }

  private ReportView.MentionView mention(ClaimMention m) {
    ArticlesPass.ArticleInfo article = articles.get(m.getArticleId());
    boolean representative = mentions.isRepresentative(m);
    return new ReportView.MentionView(MarkedSentence.pieces(m.getSentence(), m.getStart(), m.getQuantities()),
        representative, m.getHedged(), blankToNull(article.title()),
        article.sourceUri() == null ? "article " + m.getArticleId() : article.sourceUri(),
        m.getAttribution(), Formats.score(m.getScore()),
        representative ? null : Formats.score(m.getSimilarityToRepresentative()));
  }

  static ReportView.QuantityView quantity(Quantity q) {
    String magnitude = q.getLow() != null && q.getHigh() != null
        ? Formats.number(q.getLow()) + "–" + Formats.number(q.getHigh())
        : Formats.number(q.getNormalizedValue());
    String unit = q.getUnit() == null ? "" : " " + q.getUnit();
    return new ReportView.QuantityView(q.getText(), q.getKind() + ": " + magnitude + unit);
  }

  static ReportView.DateView date(DateSpan d) {
    String period = Formats.period(d.getStart(), d.getEnd());
    return new ReportView.DateView(d.getText(),
        period == null ? d.getGranularity() : period + " (" + d.getGranularity() + ")");
  }

  /** Only http(s) addresses become links: anything else in a page's metadata is not followed. */
  static String webAddress(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
