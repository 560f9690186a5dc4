package io.claimsift.beam;

import io.claimsift.output.FastReaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;

/**
 * Coder of a generated Avro record between steps: Avro binary with the class's own schema,
 * written by the specific datum writer and read by Avro's fast reader.
 *
 * <p>{@code AvroCoder.of(Class)} goes through Avro's reflection reader and writer even for
 * generated records (4.7 % of the samples of a 2,000-article profile were in them), and every read
 * through a {@code ResolvingDecoder}. The bytes are the same Avro binary encoding
 * ({@code RecordCoderTest}); only the in-memory readers and writers differ. Warm, one thread, the
 * gain per record is small (about 5 % for a claim mention); it is larger while the code is cold,
 * which a run of a few thousand articles mostly is (docs/scale.md, "Reading and the runtime
 * between steps").
 */
public final class RecordCoder<T extends SpecificRecord> extends CustomCoder<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private transient ThreadLocal<Codec<T>> codecs;

  private RecordCoder(Class<T> type) {
    this.type = type;
  }

  /** The coder of records of {@code type}. */
  public static <T extends SpecificRecord> RecordCoder<T> of(Class<T> type) {
    return new RecordCoder<>(type);
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    Codec<T> codec = codec();
    codec.encoder = EncoderFactory.get().directBinaryEncoder(out, codec.encoder);
    codec.writer.write(value, codec.encoder);
  }

  @Override
  public T decode(InputStream in) throws IOException {
    Codec<T> codec = codec();
    codec.decoder = DecoderFactory.get().directBinaryDecoder(in, codec.decoder);
    return codec.reader.read(null, codec.decoder);
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    AvroCoder.specific(type).verifyDeterministic();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordCoder<?> coder && coder.type.equals(type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(RecordCoder.class, type);
  }

  @Override
  public String toString() {
    return "RecordCoder(" + type.getSimpleName() + ")";
  }

  private Codec<T> codec() {
    ThreadLocal<Codec<T>> local = codecs;
    if (local == null) {
      local = ThreadLocal.withInitial(() -> new Codec<>(type));
      codecs = local;
    }
    return local.get();
  }

  /** One thread's reader, writer and reusable encoder/decoder (Avro's are not thread-safe). */
  private static final class Codec<T> {
    final SpecificDatumWriter<T> writer;
    final SpecificDatumReader<T> reader;
    BinaryEncoder encoder;
    BinaryDecoder decoder;

    Codec(Class<T> type) {
      // A private model with the class's logical-type conversions: switching the fast reader on
      // in the class's shared MODEL$ would change every other reader of the type as well.
      SpecificData model = FastReaders.model(type);
      Schema schema = SpecificData.getForClass(type).getSchema(type);
      writer = new SpecificDatumWriter<>(schema, model);
      reader = new SpecificDatumReader<>(schema, schema, model);
    }
  }
}
