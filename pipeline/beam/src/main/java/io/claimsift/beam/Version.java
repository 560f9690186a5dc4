package io.claimsift.beam;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The ClaimSift version, from the build. */
public final class Version {
  private static final String VERSION = load();

  private Version() {}

  /** The project version, e.g. 0.1.0. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("/claimsift.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("claimsift.properties is missing from the build", e);
    }
  }
}
