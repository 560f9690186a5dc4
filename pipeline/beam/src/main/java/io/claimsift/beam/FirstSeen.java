package io.claimsift.beam;

import io.claimsift.output.ReleaseIds;
import io.claimsift.read.InputFileInfo;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The release id and the first_seen_release of articles and claims: this release's id, except for
 * an article or a claim id the previous release had, which keeps the previous value.
 */
final class FirstSeen {
  private FirstSeen() {}

  /**
   * The release id as a side input: {@code explicit} when given, else derived by {@link ReleaseIds}
   * from the input files, as the manifest derives it after the run.
   */
  static PCollectionView<String> releaseId(Pipeline pipeline, String explicit, String version, String optionsJson,
      String previousIdentity, PCollection<InputFileInfo> inputs) {
    if (explicit != null) {
      return pipeline.apply("GivenReleaseId", Create.of(explicit).withCoder(StringUtf8Coder.of()))
          .apply("GivenReleaseIdView", View.asSingleton());
    }
    return inputs
        .apply("InputKeys", MapElements.into(TypeDescriptors.strings()).via(ReleaseIds::inputKey))
        .apply("DeriveReleaseId", Combine.globally(new DeriveFn(version, optionsJson, previousIdentity))
            .asSingletonView());
  }

  /** Stamps every article: a previous article keeps its value (even null), any other gets this release's id. */
  static PCollection<Article> articles(PCollection<Article> articles, Map<String, String> previous,
      PCollectionView<String> releaseId) {
    return articles.apply("ArticleFirstSeen", ParDo.of(new ArticleFn(new TreeMap<>(previous), releaseId))
        .withSideInputs(releaseId)).setCoder(RecordCoder.of(Article.class));
  }

  /** Stamps every claim: a claim id the previous release had (it was inherited) keeps that claim's value. */
  static PCollection<Claim> claims(PCollection<Claim> claims, Map<String, String> previous,
      PCollectionView<String> releaseId) {
    return claims.apply("ClaimFirstSeen", ParDo.of(new ClaimFn(new TreeMap<>(previous), releaseId))
        .withSideInputs(releaseId)).setCoder(RecordCoder.of(Claim.class));
  }

  /** The value for a key: the previous one when the previous release had the key, else this release's id. */
  private static String firstSeen(TreeMap<String, String> previous, String key, String releaseId) {
    return previous.containsKey(key) ? previous.get(key) : releaseId;
  }

  static final class ArticleFn extends DoFn<Article, Article> {
    private final TreeMap<String, String> previous;
    private final PCollectionView<String> releaseId;

    ArticleFn(TreeMap<String, String> previous, PCollectionView<String> releaseId) {
      this.previous = previous;
      this.releaseId = releaseId;
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<Article> out, ProcessContext c) {
      String value = firstSeen(previous, a.getArticleId(), c.sideInput(releaseId));
      out.output(Article.newBuilder(a).setFirstSeenRelease(value).build());
    }
  }

  static final class ClaimFn extends DoFn<Claim, Claim> {
    private final TreeMap<String, String> previous;
    private final PCollectionView<String> releaseId;

    ClaimFn(TreeMap<String, String> previous, PCollectionView<String> releaseId) {
      this.previous = previous;
      this.releaseId = releaseId;
    }

    @ProcessElement
    public void process(@Element Claim claim, OutputReceiver<Claim> out, ProcessContext c) {
      String value = firstSeen(previous, claim.getClaimId(), c.sideInput(releaseId));
      out.output(Claim.newBuilder(claim).setFirstSeenRelease(value).build());
    }
  }

  /** The derived release id over every input file's key. */
  static final class DeriveFn extends Combine.CombineFn<String, List<String>, String> {
    private final String version;
    private final String optionsJson;
    private final String previousIdentity;

    DeriveFn(String version, String optionsJson, String previousIdentity) {
      this.version = version;
      this.optionsJson = optionsJson;
      this.previousIdentity = previousIdentity;
    }

    @Override
    public List<String> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public List<String> addInput(List<String> keys, String key) {
      keys.add(key);
      return keys;
    }

    @Override
    public List<String> mergeAccumulators(Iterable<List<String>> parts) {
      List<String> all = new ArrayList<>();
      parts.forEach(all::addAll);
      return all;
    }

    @Override
    public String extractOutput(List<String> keys) {
      return ReleaseIds.derive(version, optionsJson, previousIdentity, keys); // sorts the keys itself
    }

    @Override
    public Coder<List<String>> getAccumulatorCoder(CoderRegistry registry, Coder<String> inputCoder) {
      return ListCoder.of(StringUtf8Coder.of());
    }
  }
}
