package io.claimsift.beam.dedup;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.transforms.join.UnionCoder;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TupleTag;

/**
 * {@code CoGroupByKey} that reads each group once: the values are collected per tag in one pass
 * and handed on as a {@link CoGbkResult} over those lists.
 *
 * <p>Beam's own {@code CoGroupByKey} iterates a group of more than 10,000 values a second time,
 * which a runner's once-only group iterable (Flink's batch GroupByKey) refuses; Flink's remedy,
 * {@code --reIterableGroupByKeyResult}, copies every group of every GroupByKey of the pipeline
 * into a list, the output shards included. This join holds what the DoFn after it would hold
 * anyway (each of ClaimSift's joins reads all of its group), and no other step pays for it.
 */
public final class OnePassCoGroupByKey<K> extends PTransform<KeyedPCollectionTuple<K>, PCollection<KV<K, CoGbkResult>>> {
  private OnePassCoGroupByKey() {}

  public static <K> OnePassCoGroupByKey<K> create() {
    return new OnePassCoGroupByKey<>();
  }

  /**
   * The same grouping without the collecting: each group's values with the index of their
   * collection in the tuple ({@link RawUnionValue#getUnionTag()}), for a DoFn that reads a large
   * group once without holding all of it (the component resolution's pairs).
   */
  public static <K> PTransform<KeyedPCollectionTuple<K>, PCollection<KV<K, Iterable<RawUnionValue>>>> uncollected() {
    return new PTransform<>() {
      @Override
      public PCollection<KV<K, Iterable<RawUnionValue>>> expand(KeyedPCollectionTuple<K> input) {
        return group(input);
      }
    };
  }

  @Override
  public PCollection<KV<K, CoGbkResult>> expand(KeyedPCollectionTuple<K> input) {
    List<TupleTag<?>> tags = new ArrayList<>();
    input.getKeyedCollections().forEach(part -> tags.add(part.getTupleTag()));
    UnionCoder unionCoder = unionCoder(input);
    return group(input)
        .apply("CollectPerTag", ParDo.of(new CollectFn<K>(tags)))
        .setCoder(KvCoder.of(input.getKeyCoder(), CoGbkResult.CoGbkResultCoder.of(input.getCoGbkResultSchema(), unionCoder)));
  }

  private static <K> UnionCoder unionCoder(KeyedPCollectionTuple<K> input) {
    List<Coder<?>> valueCoders = new ArrayList<>();
    for (KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?> part : input.getKeyedCollections()) {
      valueCoders.add(((KvCoder<?, ?>) (Coder<?>) part.getCollection().getCoder()).getValueCoder());
    }
    return UnionCoder.of(valueCoders);
  }

  private static <K> PCollection<KV<K, Iterable<RawUnionValue>>> group(KeyedPCollectionTuple<K> input) {
    List<KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?>> parts = input.getKeyedCollections();
    UnionCoder unionCoder = unionCoder(input);
    PCollectionList<KV<K, RawUnionValue>> tagged = PCollectionList.empty(input.getPipeline());
    for (int index = 0; index < parts.size(); index++) {
      KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?> part = parts.get(index);
      tagged = tagged.and(tag(part.getCollection(), index, part.getTupleTag().getId())
          .setCoder(KvCoder.of(input.getKeyCoder(), unionCoder)));
    }
    return tagged.apply("Flatten", Flatten.pCollections())
        .apply("GroupByKey", GroupByKey.create());
  }

  private static <K, V> PCollection<KV<K, RawUnionValue>> tag(PCollection<KV<K, V>> collection, int index,
      String name) {
    return collection.apply("Tag " + name, ParDo.of(new TagFn<K, V>(index)));
  }

  /** Wraps a value with the index of its collection. */
  private static final class TagFn<K, V> extends DoFn<KV<K, V>, KV<K, RawUnionValue>> {
    private final int index;

    TagFn(int index) {
      this.index = index;
    }

    @ProcessElement
    public void process(@Element KV<K, V> kv, OutputReceiver<KV<K, RawUnionValue>> out) {
      out.output(KV.of(kv.getKey(), new RawUnionValue(index, kv.getValue())));
    }
  }

  /** Reads a group once, into one list per tag, in the order of the tuple's tags. */
  private static final class CollectFn<K> extends DoFn<KV<K, Iterable<RawUnionValue>>, KV<K, CoGbkResult>> {
    private final List<TupleTag<?>> tags;

    CollectFn(List<TupleTag<?>> tags) {
      this.tags = tags;
    }

    @ProcessElement
    public void process(@Element KV<K, Iterable<RawUnionValue>> group, OutputReceiver<KV<K, CoGbkResult>> out) {
      List<List<Object>> values = new ArrayList<>();
      tags.forEach(t -> values.add(new ArrayList<>()));
      for (RawUnionValue value : group.getValue()) {
        values.get(value.getUnionTag()).add(value.getValue());
      }
      out.output(KV.of(group.getKey(), result(values)));
    }

    @SuppressWarnings("unchecked")
    private CoGbkResult result(List<List<Object>> values) {
      CoGbkResult result = CoGbkResult.of((TupleTag<Object>) tags.get(0), values.get(0));
      for (int i = 1; i < tags.size(); i++) {
        result = result.and((TupleTag<Object>) tags.get(i), values.get(i));
      }
      return result;
    }
  }
}
