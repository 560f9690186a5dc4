package io.claimsift.read;

import java.util.List;
import java.util.Optional;

/** Recognises bytes that are not text: known binary signatures, or NUL bytes in a document without a UTF-16 BOM. */
public final class BinarySniffer {
  private record Signature(String name, int[] magic) {}

  private static final int[] GZIP_MAGIC = {0x1F, 0x8B};

  private static final List<Signature> SIGNATURES =
      List.of(
          new Signature("PNG image", new int[] {0x89, 'P', 'N', 'G'}),
          new Signature("JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
          new Signature("GIF image", new int[] {'G', 'I', 'F', '8'}),
          new Signature("zip archive", new int[] {'P', 'K', 0x03, 0x04}),
          new Signature("gzip stream", GZIP_MAGIC),
          new Signature("PDF document", new int[] {'%', 'P', 'D', 'F'}),
          new Signature("ELF executable", new int[] {0x7F, 'E', 'L', 'F'}),
          new Signature("WebP/RIFF media", new int[] {'R', 'I', 'F', 'F'}));

  /** How much of a document is inspected for NUL bytes. */
  private static final int SNIFF_BYTES = 8192;

  private BinarySniffer() {}

  /** A description of the binary format, or empty when the bytes look like text. */
  public static Optional<String> sniff(byte[] bytes, boolean hasUtf16Bom) {
    for (Signature s : SIGNATURES) {
      if (matches(bytes, s.magic())) {
        return Optional.of(s.name());
      }
    }
    if (!hasUtf16Bom) {
      int n = Math.min(bytes.length, SNIFF_BYTES);
      for (int i = 0; i < n; i++) {
        if (bytes[i] == 0) {
          return Optional.of("NUL byte at offset " + i);
        }
      }
    }
    return Optional.empty();
  }

  /** True when the bytes start with the gzip magic number. */
  public static boolean isGzip(byte[] bytes) {
    return matches(bytes, GZIP_MAGIC);
  }

  private static boolean matches(byte[] b, int[] magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
