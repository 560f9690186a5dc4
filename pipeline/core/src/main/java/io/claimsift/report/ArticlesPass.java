package io.claimsift.report;

import io.claimsift.output.Dataset;
import io.claimsift.schema.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One streaming pass over the articles: their number, the sum of their removed-segment counts,
 * and the metadata (not the text) of the few articles the page names.
 */
final class ArticlesPass {
  /** What the page shows of an article. */
  record ArticleInfo(String articleId, String sourceUri, String title, String canonicalUrl, Instant publishedAt) {}

  long articles;
  long removedCountSum;
  private final Set<String> wanted;
  private final Map<String, ArticleInfo> found = new HashMap<>();

  private ArticlesPass(Set<String> wanted) {
    this.wanted = wanted;
  }

  static ArticlesPass read(Path outputDir, Set<String> wantedIds) throws IOException {
    ArticlesPass pass = new ArticlesPass(wantedIds);
    DatasetFiles.forEach(outputDir, Dataset.ARTICLES, Article.class, pass::add);
    return pass;
  }

  private void add(Article article) {
    articles++;
    removedCountSum += article.getRemovedCount();
    if (wanted.contains(article.getArticleId())) {
      found.put(article.getArticleId(), new ArticleInfo(article.getArticleId(), article.getSourceUri(),
          article.getTitle(), article.getCanonicalUrl(), article.getPublishedAt()));
    }
  }

  /** The article's metadata, or a stand-in naming only its id when it is not in the dataset. */
  ArticleInfo get(String articleId) {
    ArticleInfo info = found.get(articleId);
    return info != null ? info : new ArticleInfo(articleId, null, null, null, null);
  }
}
