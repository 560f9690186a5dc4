package io.claimsift.beam;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.util.VarInt;

/**
 * The coder of ClaimSift's Avro records between pipeline steps: the record's Avro binary encoding
 * by the generated class's own (specific) reader and writer, behind a length prefix.
 *
 * <p>Why not Beam's {@code AvroCoder.of(Class)}: it uses Avro's reflection API even for generated
 * classes (every field read and set through reflection), and it encodes and decodes straight on
 * the runner's stream, so on Flink every varint and string byte is a separate call into Flink's
 * paged memory views. Here a record is encoded into a buffer and written in one call, and read
 * back in one call before being decoded from the array. The bytes between steps differ from
 * AvroCoder's (a length prefix); no output depends on them, and a record decodes equal to the one
 * encoded ({@code RecordCoderTest}). Thread-safe: Flink's sort threads share one coder.
 */
public final class RecordCoder<T extends SpecificRecord> extends CustomCoder<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  /** Per thread (Avro's readers cache schema lookups in unsynchronised maps): reader, writer, buffers. */
  private transient volatile ThreadLocal<Buffers<T>> buffers;

  private RecordCoder(Class<T> type) {
    this.type = Objects.requireNonNull(type);
  }

  /** The coder of the generated record class {@code type}. */
  public static <T extends SpecificRecord> RecordCoder<T> of(Class<T> type) {
    return new RecordCoder<>(type);
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    if (value == null) {
      throw new IllegalArgumentException("RecordCoder cannot encode a null " + type.getSimpleName());
    }
    Buffers<T> b = buffers();
    b.bytes.reset();
    b.encoder = EncoderFactory.get().binaryEncoder(b.bytes, b.encoder);
    b.writer.write(value, b.encoder);
    b.encoder.flush();
    VarInt.encode(b.bytes.size(), out);
    b.bytes.writeTo(out);
  }

  @Override
  public T decode(InputStream in) throws IOException {
    int length = VarInt.decodeInt(in);
    byte[] bytes = new byte[length];
    if (in.readNBytes(bytes, 0, length) != length) {
      throw new EOFException("a " + type.getSimpleName() + " record ends early");
    }
    Buffers<T> b = buffers();
    b.decoder = DecoderFactory.get().binaryDecoder(bytes, 0, length, b.decoder);
    return b.reader.read(null, b.decoder);
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    // Avro's binary encoding of a record is a function of its value; maps would not be (their
    // order), but ClaimSift's schemas have none. Never used as a key today.
    throw new NonDeterministicException(this, "records are not used as keys");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordCoder<?> coder && coder.type.equals(type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "RecordCoder(" + type.getName() + ")";
  }

  private Buffers<T> buffers() {
    ThreadLocal<Buffers<T>> local = buffers;
    if (local == null) {
      synchronized (this) {
        if (buffers == null) {
          buffers = ThreadLocal.withInitial(() -> new Buffers<>(type));
        }
        local = buffers;
      }
    }
    return local.get();
  }

  /** One thread's reusable encoding state. */
  private static final class Buffers<T> {
    final SpecificDatumWriter<T> writer;
    final SpecificDatumReader<T> reader;
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    BinaryEncoder encoder;
    BinaryDecoder decoder;

    Buffers(Class<T> type) {
      writer = new SpecificDatumWriter<>(type);
      reader = new SpecificDatumReader<>(type);
    }
  }
}
