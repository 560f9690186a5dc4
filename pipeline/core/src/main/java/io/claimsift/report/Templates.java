package io.claimsift.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page's Mustache templates (report.mustache, with the chart.mustache partial), read from this
 * package's resources and compiled once. Mustache escapes every {{value}} for HTML; the only
 * unescaped insertion is the style sheet, which is our own resource.
 */
final class Templates {
  private static final String ROOT = "/io/claimsift/report/";
  private static final MustacheFactory FACTORY = new DefaultMustacheFactory(name -> {
    // resolved against this class, not the thread's context class loader, which runners may replace
    InputStream in = Templates.class.getResourceAsStream(ROOT + name);
    return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
  });
  private static final Mustache PAGE = FACTORY.compile("report.mustache");
  private static final String STYLE = resource("report.css");

  /** The view handed to the page template: the page and its style sheet. */
  record Root(ReportView.Page page, String style) {}

  private Templates() {}

  static byte[] render(ReportView.Page page) {
    StringWriter out = new StringWriter();
    PAGE.execute(out, new Root(page, STYLE));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String resource(String name) {
    try (InputStream in = Templates.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ROOT + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
