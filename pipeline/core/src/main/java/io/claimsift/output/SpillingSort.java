package io.claimsift.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Sorts one shard of a dataset by its sort key within a memory budget: records are held encoded
 * (Avro binary, with their key) until the budget is reached, then sorted and spilled to a run
 * file; at the end the runs are merged into one sorted file. The result can be read any number of
 * times, in the same order as {@code Comparator.comparing(dataset::sortKey)} gives (keys are unique
 * per record, so the order is total and the files byte-identical whatever the budget).
 *
 * <p>While nothing is spilled the records are also held as they came, so that reading them
 * decodes nothing; the budget counts them as much again as their encoding. {@link #encoded()} gives
 * the encoded records, which an Avro file takes as they are ({@link AvroDatasetWriter}).
 *
 * <p>Memory is the budget plus one read buffer per merged run; at most {@link #FAN_IN} runs are
 * merged at once (more are merged in rounds). Close it to delete its files.
 */
public final class SpillingSort implements Closeable {
  /** Runs merged at once: bounds the open files and read buffers of a merge. */
  static final int FAN_IN = 64;
  /** Bytes counted per held record beyond its encoding and key (object and array overhead). */
  private static final int ENTRY_OVERHEAD = 64;
  private static final int BUFFER = 64 * 1024;

  private final Dataset dataset;
  private final long budgetBytes;
  private final Path tempParent;
  private final SpecificDatumWriter<SpecificRecord> writer;
  private final SpecificDatumReader<SpecificRecord> reader;
  private final List<Entry> held = new ArrayList<>();
  private final List<Path> runs = new ArrayList<>();
  private BinaryEncoder encoder;
  private BinaryDecoder decoder;
  private long heldBytes;
  private long size;
  private Path tempDir;
  private Path sorted;
  private boolean finished;

  /**
   * @param budgetBytes the records held in memory at once, measured by their encoded size
   * @param tempParent where the run files go (a folder of their own inside it)
   */
  @SuppressWarnings("unchecked")
  public SpillingSort(Dataset dataset, long budgetBytes, Path tempParent) {
    this.dataset = dataset;
    this.budgetBytes = budgetBytes;
    this.tempParent = tempParent;
    Class<SpecificRecord> type = (Class<SpecificRecord>) dataset.recordClass();
    this.writer = new SpecificDatumWriter<>(type);
    this.reader = FastReaders.of(type); // the records, with less work than the resolving decoder
  }

  /** Sorts all of {@code records}. */
  public static SpillingSort of(Dataset dataset, Iterable<? extends SpecificRecord> records, long budgetBytes,
      Path tempParent) {
    SpillingSort sort = new SpillingSort(dataset, budgetBytes, tempParent);
    try {
      records.forEach(sort::add);
      sort.finish();
      return sort;
    } catch (RuntimeException e) {
      sort.close();
      throw e;
    }
  }

  /** Adds a record; spills the held ones when the budget is reached. */
  public void add(SpecificRecord record) {
    if (finished) {
      throw new IllegalStateException("the sort is finished");
    }
    Entry entry = new Entry(dataset.sortKey(record), encode(record), record);
    held.add(entry);
    // the encoding, the key's chars, and the record itself (counted as large as its encoding)
    heldBytes += 2L * entry.bytes.length + 2L * entry.key.length() + ENTRY_OVERHEAD;
    size++;
    if (heldBytes >= budgetBytes) {
      spill();
    }
  }

  /** Ends the input: merges the runs, if any. */
  public void finish() {
    if (finished) {
      return;
    }
    finished = true;
    held.sort(Comparator.comparing(Entry::key));
    if (runs.isEmpty()) {
      return; // everything fit: read from memory
    }
    if (!held.isEmpty()) {
      spill();
    }
    try {
      List<Path> level = new ArrayList<>(runs);
      while (level.size() > 1) {
        List<Path> next = new ArrayList<>();
        for (int from = 0; from < level.size(); from += FAN_IN) {
          List<Path> group = level.subList(from, Math.min(level.size(), from + FAN_IN));
          Path merged = group.size() == 1 ? group.get(0) : merge(group);
          next.add(merged);
        }
        level = next;
      }
      sorted = level.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot merge the sorted runs of " + dataset.folder(), e);
    }
  }

  /** The number of records. */
  public long size() {
    return size;
  }

  /** True when the records went to run files (the budget was reached). */
  public boolean spilled() {
    return sorted != null;
  }

  /** The records in key order; each iteration reads them again. */
  public Iterable<SpecificRecord> records() {
    if (!finished) {
      throw new IllegalStateException("finish the sort first");
    }
    if (sorted == null) {
      return () -> held.stream().map(Entry::record).iterator();
    }
    return () -> new MergedIterator<>(new RunReader(sorted), e -> decode(e.bytes));
  }

  /**
   * The records in key order, each as its Avro binary encoding (that of the record class's
   * schema), without decoding them; each iteration reads them again.
   */
  public Iterable<byte[]> encoded() {
    if (!finished) {
      throw new IllegalStateException("finish the sort first");
    }
    if (sorted == null) {
      return () -> held.stream().map(Entry::bytes).iterator();
    }
    return () -> new MergedIterator<>(new RunReader(sorted), Entry::bytes);
  }

  /** The sort keys in order, without decoding the records (the Avro sync marker is made from them). */
  public Iterable<String> keys() {
    if (!finished) {
      throw new IllegalStateException("finish the sort first");
    }
    if (sorted == null) {
      return () -> held.stream().map(Entry::key).iterator();
    }
    return () -> new MergedIterator<>(new RunReader(sorted), Entry::key);
  }

  @Override
  public void close() {
    held.clear();
    if (tempDir == null) {
      return;
    }
    try (Stream<Path> files = Files.list(tempDir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(tempDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the sort's run files in " + tempDir, e);
    }
  }

  private byte[] encode(SpecificRecord record) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
    encoder = EncoderFactory.get().binaryEncoder(bytes, encoder);
    try {
      writer.write(record, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private SpecificRecord decode(byte[] bytes) {
    BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, this.decoder);
    this.decoder = decoder;
    try {
      return reader.read(null, decoder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void spill() {
    held.sort(Comparator.comparing(Entry::key));
    try {
      Path run = newRunFile();
      try (DataOutputStream out = output(run)) {
        for (Entry e : held) {
          write(out, e);
        }
      }
      runs.add(run);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill sorted records of " + dataset.folder(), e);
    }
    held.clear();
    heldBytes = 0;
  }

  private Path merge(List<Path> group) throws IOException {
    Path merged = newRunFile();
    PriorityQueue<RunReader> heads = new PriorityQueue<>(Comparator.comparing((RunReader r) -> r.head.key));
    try (DataOutputStream out = output(merged)) {
      for (Path run : group) {
        RunReader reader = new RunReader(run);
        if (reader.advance()) {
          heads.add(reader);
        } else {
          reader.close();
        }
      }
      while (!heads.isEmpty()) {
        RunReader first = heads.poll();
        write(out, first.head);
        if (first.advance()) {
          heads.add(first);
        } else {
          first.close();
        }
      }
    } finally {
      for (RunReader r : heads) {
        r.close();
      }
    }
    for (Path run : group) {
      Files.deleteIfExists(run);
    }
    return merged;
  }

  private Path newRunFile() throws IOException {
    if (tempDir == null) {
      Files.createDirectories(tempParent);
      tempDir = Files.createTempDirectory(tempParent, "claimsift-sort-");
    }
    return Files.createTempFile(tempDir, "run-", ".bin");
  }

  private static DataOutputStream output(Path file) throws IOException {
    return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
  }

  private static void write(DataOutputStream out, Entry e) throws IOException {
    byte[] key = e.key.getBytes(StandardCharsets.UTF_8);
    out.writeInt(key.length);
    out.write(key);
    out.writeInt(e.bytes.length);
    out.write(e.bytes);
  }

  /** A record held encoded, with its sort key, and the record itself until it is spilled (else null). */
  private record Entry(String key, byte[] bytes, SpecificRecord record) {}

  /** Reads the entries of a run file one at a time. */
  private static final class RunReader implements Closeable {
    private final DataInputStream in;
    private Entry head;

    RunReader(Path file) {
      try {
        in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Reads the next entry into {@link #head}; false (and closed) at the end. */
    boolean advance() {
      try {
        int keyLength;
        try {
          keyLength = in.readInt();
        } catch (EOFException end) {
          head = null;
          close();
          return false;
        }
        byte[] key = in.readNBytes(keyLength);
        byte[] bytes = in.readNBytes(in.readInt());
        head = new Entry(new String(key, StandardCharsets.UTF_8), bytes, null);
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The entries of the merged file, each read and mapped (a key, or a decoded record) in turn. */
  private static final class MergedIterator<T> implements Iterator<T> {
    private final RunReader reader;
    private final Function<Entry, T> map;
    private boolean ready;
    private boolean more;

    MergedIterator(RunReader reader, Function<Entry, T> map) {
      this.reader = reader;
      this.map = map;
    }

    @Override
    public boolean hasNext() {
      if (!ready) {
        more = reader.advance();
        ready = true;
      }
      return more;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ready = false;
      return map.apply(reader.head);
    }
  }
}
