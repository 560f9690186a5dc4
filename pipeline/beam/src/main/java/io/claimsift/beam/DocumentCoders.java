package io.claimsift.beam;

import io.claimsift.read.DecodedDocument;
import io.claimsift.read.DocumentFormat;
import io.claimsift.read.InputEntry;
import io.claimsift.read.InputFileInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * Compact coders for the reading core's records. Java serialization (SerializableCoder) wrote
 * every page's text with writeUTF plus class descriptors and was the top runner cost in a
 * profile of the read-to-clean shuffle; these write the fields as plain UTF-8 strings.
 */
final class DocumentCoders {
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();
  private static final NullableCoder<String> NULLABLE_STRING = NullableCoder.of(STRING);
  private static final VarLongCoder LONG = VarLongCoder.of();
  private static final NullableCoder<Long> NULLABLE_LONG = NullableCoder.of(LONG);

  private DocumentCoders() {}

  /** Coder of {@link DecodedDocument}: source URI, article id, format name, text, capture URL and time (nullable). */
  static final class DecodedDocumentCoder extends AtomicCoder<DecodedDocument> {
    private static final DecodedDocumentCoder INSTANCE = new DecodedDocumentCoder();

    static DecodedDocumentCoder of() {
      return INSTANCE;
    }

    @Override
    public void encode(DecodedDocument doc, OutputStream out) throws IOException {
      STRING.encode(doc.sourceUri(), out);
      STRING.encode(doc.articleId(), out);
      STRING.encode(doc.format().name(), out);
      STRING.encode(doc.text(), out);
      NULLABLE_STRING.encode(doc.url(), out);
      NULLABLE_LONG.encode(doc.fetchedAt() == null ? null : doc.fetchedAt().toEpochMilli(), out);
    }

    @Override
    public DecodedDocument decode(InputStream in) throws IOException {
      String sourceUri = STRING.decode(in);
      String articleId = STRING.decode(in);
      DocumentFormat format = DocumentFormat.valueOf(STRING.decode(in));
      String text = STRING.decode(in);
      String url = NULLABLE_STRING.decode(in);
      Long fetchedAt = NULLABLE_LONG.decode(in);
      return new DecodedDocument(sourceUri, articleId, format, text, url,
          fetchedAt == null ? null : Instant.ofEpochMilli(fetchedAt));
    }

    @Override
    public void verifyDeterministic() {}
  }

  /** Coder of {@link InputEntry}: kind, source URI, location, size, modification time, detail (null for files). */
  static final class InputEntryCoder extends AtomicCoder<InputEntry> {
    private static final InputEntryCoder INSTANCE = new InputEntryCoder();

    static InputEntryCoder of() {
      return INSTANCE;
    }

    @Override
    public void encode(InputEntry entry, OutputStream out) throws IOException {
      STRING.encode(entry.kind().name(), out);
      STRING.encode(entry.sourceUri(), out);
      STRING.encode(entry.location(), out);
      LONG.encode(entry.bytes(), out);
      LONG.encode(entry.modifiedNanos(), out);
      NULLABLE_STRING.encode(entry.detail(), out);
    }

    @Override
    public InputEntry decode(InputStream in) throws IOException {
      return new InputEntry(InputEntry.Kind.valueOf(STRING.decode(in)), STRING.decode(in), STRING.decode(in),
          LONG.decode(in), LONG.decode(in), NULLABLE_STRING.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }

  /** Coder of {@link InputFileInfo}: source URI, SHA-256 (null when unreadable), size. */
  static final class InputFileInfoCoder extends AtomicCoder<InputFileInfo> {
    private static final InputFileInfoCoder INSTANCE = new InputFileInfoCoder();

    static InputFileInfoCoder of() {
      return INSTANCE;
    }

    @Override
    public void encode(InputFileInfo info, OutputStream out) throws IOException {
      STRING.encode(info.sourceUri(), out);
      NULLABLE_STRING.encode(info.sha256(), out);
      LONG.encode(info.bytes(), out);
    }

    @Override
    public InputFileInfo decode(InputStream in) throws IOException {
      return new InputFileInfo(STRING.decode(in), NULLABLE_STRING.decode(in), LONG.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
