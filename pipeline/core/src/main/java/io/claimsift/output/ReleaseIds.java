package io.claimsift.output;

import io.claimsift.read.Hashing;
import io.claimsift.read.InputFileInfo;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Release ids: the name a release goes by in manifest.json and in the first_seen_release fields
 * of the releases after it (docs/incremental.md).
 *
 * <p>An id given with --releaseId is taken as it is. The default is derived from what the manifest
 * says went into the release, never from the clock or the output files (which contain the id): the
 * first 16 hex digits of SHA-256 over the pipeline version, the output options, the previous
 * release's id, and each input file's source_uri and SHA-256, sorted.
 */
public final class ReleaseIds {
  /** What an id may be: letters, digits, '.', '_' and '-', 1 to 64 of them, so it is safe in a path or a SQL literal. */
  public static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  /** Hex digits of a derived id: 64 bits, far from any collision among one user's releases. */
  static final int DERIVED_LENGTH = 16;
  /** Bumped when the derivation changes, so that an old and a new rule never give the same id by accident. */
  private static final String RULE = "claimsift-release-id-v1";

  private ReleaseIds() {}

  /** True when {@code id} matches {@link #VALID}. */
  public static boolean isValid(String id) {
    return id != null && VALID.matcher(id).matches();
  }

  /** One input's part of the derivation: its source_uri and SHA-256 ("-" when it could not be read). */
  public static String inputKey(InputFileInfo input) {
    // source_uri escapes control characters (tab and newline included), so the key is unambiguous
    return input.sourceUri() + "\t" + (input.sha256() == null ? "-" : input.sha256());
  }

  /**
   * The default id of a release.
   *
   * @param pipelineVersion the version that writes it
   * @param optionsJson the manifest's options, as JSON (the --previous entry included)
   * @param previousReleaseId the previous release's id; null for a fresh release
   * @param inputKeys {@link #inputKey} of every input file, in any order
   */
  public static String derive(String pipelineVersion, String optionsJson, String previousReleaseId,
      Collection<String> inputKeys) {
    StringBuilder content = new StringBuilder(RULE).append('\n')
        .append(pipelineVersion).append('\n')
        .append(optionsJson).append('\n')
        .append(previousReleaseId == null ? "-" : previousReleaseId).append('\n');
    List<String> sorted = inputKeys.stream().sorted().toList();
    for (String key : sorted) {
      content.append(key).append('\n');
    }
    return Hashing.sha256Hex(content.toString().getBytes(StandardCharsets.UTF_8)).substring(0, DERIVED_LENGTH);
  }
}
