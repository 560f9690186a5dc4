package io.claimsift.beam;

import io.claimsift.sentences.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;

/**
 * What the site-template step needs of one article: its id, clean text, headline (null without
 * one) and the sentence spans that the claim stage's split found, so that the step does not split
 * every article again.
 */
record OutletPage(String articleId, String cleanText, String title, int[] starts, int[] ends) {
  /** The page of an article split into {@code sentences} (offsets into {@code cleanText}). */
  static OutletPage of(String articleId, String cleanText, String title, List<Sentence> sentences) {
    int[] starts = new int[sentences.size()];
    int[] ends = new int[sentences.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = sentences.get(i).start();
      ends[i] = sentences.get(i).end();
    }
    return new OutletPage(articleId, cleanText, title, starts, ends);
  }

  /** The sentences again, as the split made them. */
  List<Sentence> sentences() {
    List<Sentence> sentences = new ArrayList<>(starts.length);
    for (int i = 0; i < starts.length; i++) {
      sentences.add(new Sentence(starts[i], ends[i], cleanText.substring(starts[i], ends[i])));
    }
    return sentences;
  }

  /** Id, text, headline (or none), then the number of sentences and each one's start and length. */
  static final class Coder extends CustomCoder<OutletPage> {
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarIntCoder INT = VarIntCoder.of();
    private static final NullableCoder<String> TITLE = NullableCoder.of(StringUtf8Coder.of());

    @Override
    public void encode(OutletPage page, OutputStream out) throws IOException {
      STRING.encode(page.articleId(), out);
      STRING.encode(page.cleanText(), out);
      TITLE.encode(page.title(), out);
      INT.encode(page.starts().length, out);
      for (int i = 0; i < page.starts().length; i++) {
        INT.encode(page.starts()[i], out);
        INT.encode(page.ends()[i] - page.starts()[i], out);
      }
    }

    @Override
    public OutletPage decode(InputStream in) throws IOException {
      String id = STRING.decode(in);
      String text = STRING.decode(in);
      String title = TITLE.decode(in);
      int n = INT.decode(in);
      int[] starts = new int[n];
      int[] ends = new int[n];
      for (int i = 0; i < n; i++) {
        starts[i] = INT.decode(in);
        ends[i] = starts[i] + INT.decode(in);
      }
      return new OutletPage(id, text, title, starts, ends);
    }

    @Override
    public void verifyDeterministic() {}
  }
}
