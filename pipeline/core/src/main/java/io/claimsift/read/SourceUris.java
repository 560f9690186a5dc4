package io.claimsift.read;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns a file's path into its source_uri: the path relative to the input root, with '/'
 * separators, as a valid string whatever bytes the file name holds.
 *
 * <p>A Unix file name is a string of bytes. The source_uri is those bytes read as UTF-8, except
 * that every byte that is not part of a valid UTF-8 character, and every byte of a control
 * character (U+0000 to U+001F, U+007F to U+009F: newline, tab, escape…), is written {@code \xHH}
 * (two upper-case hex digits), and a backslash is written {@code \\}. The escape can be undone, so
 * two different names never get the same source_uri, and it reads the name's bytes rather than
 * decoding them with the machine's locale, so every machine gives the same source_uri. Names
 * without a backslash, a control character or invalid UTF-8 (spaces, '%' and accented letters
 * included) are kept exactly as they are.
 */
public final class SourceUris {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SourceUris() {}

  /** The source_uri of {@code file}, a path under {@code root}; just its name if it is not under it. */
  public static String of(Path root, Path file) {
    String rootPath = rawPath(root);
    String filePath = rawPath(file);
    if (!rootPath.endsWith("/")) {
      rootPath += "/";
    }
    if (filePath.endsWith("/")) {
      filePath = filePath.substring(0, filePath.length() - 1); // a folder's URI ends with '/'
    }
    String relative = filePath.startsWith(rootPath)
        ? filePath.substring(rootPath.length())
        : filePath.substring(filePath.lastIndexOf('/') + 1);
    return escape(percentDecode(relative));
  }

  /** The source_uri form of a relative path's bytes ('/' separated): see the class comment. */
  public static String escape(byte[] name) {
    StringBuilder s = new StringBuilder(name.length + 8);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(name);
    CharBuffer out = CharBuffer.allocate(name.length + 1);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      appendDecoded(s, out);
      if (result.isUnderflow()) {
        break;
      }
      if (result.isError()) {
        for (int i = 0; i < result.length(); i++) {
          appendByte(s, in.get());
        }
      }
    }
    return s.toString();
  }

  private static void appendDecoded(StringBuilder s, CharBuffer out) {
    out.flip();
    while (out.hasRemaining()) {
      char c = out.get();
      if (c == '\\') {
        s.append("\\\\");
      } else if (c < 0x20 || c == 0x7F) {
        appendByte(s, (byte) c);
      } else if (c >= 0x80 && c <= 0x9F) {
        // A C1 control character is two bytes in UTF-8, 0xC2 then the code point itself.
        appendByte(s, (byte) 0xC2);
        appendByte(s, (byte) c);
      } else {
        s.append(c);
      }
    }
    out.clear();
  }

  private static void appendByte(StringBuilder s, byte b) {
    s.append("\\x").append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
  }

  /** The path of a file: URI in ASCII, with the name's bytes as "%HH" (JDK's Path.toUri keeps the raw bytes). */
  private static String rawPath(Path path) {
    return URI.create(path.toAbsolutePath().toUri().toASCIIString()).getRawPath();
  }

  /** The bytes of a URI's raw path: "%HH" is one byte, any other (ASCII) character is itself. */
  private static byte[] percentDecode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toByteArray();
  }
}
