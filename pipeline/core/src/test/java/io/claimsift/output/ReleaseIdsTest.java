package io.claimsift.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.claimsift.read.InputFileInfo;
import java.util.List;
import org.junit.Test;

public class ReleaseIdsTest {
  private static final String SHA_A = "a".repeat(64);
  private static final String SHA_B = "b".repeat(64);
  private static final List<String> INPUTS = List.of(
      ReleaseIds.inputKey(new InputFileInfo("000.txt", SHA_A, 10)),
      ReleaseIds.inputKey(new InputFileInfo("001.txt", SHA_B, 20)));

  @Test
  public void aDerivedIdIsSixteenHexDigitsAndAValidId() {
    String id = ReleaseIds.derive("0.1.0", "{}", null, INPUTS);

    assertThat(id.matches("[0-9a-f]{16}"), is(true));
    assertThat(ReleaseIds.isValid(id), is(true));
  }

  @Test
  public void theInputOrderDoesNotMatter() {
    assertThat(ReleaseIds.derive("0.1.0", "{}", null, List.of(INPUTS.get(1), INPUTS.get(0))),
        equalTo(ReleaseIds.derive("0.1.0", "{}", null, INPUTS)));
  }

  @Test
  public void eachPartOfTheContentChangesTheId() {
    String base = ReleaseIds.derive("0.1.0", "{}", null, INPUTS);

    assertThat(ReleaseIds.derive("0.2.0", "{}", null, INPUTS), not(equalTo(base)));
    assertThat(ReleaseIds.derive("0.1.0", "{\"min_claim_score\":0.4}", null, INPUTS), not(equalTo(base)));
    assertThat(ReleaseIds.derive("0.1.0", "{}", "ce9f814f2b9af443", INPUTS), not(equalTo(base)));
    assertThat(ReleaseIds.derive("0.1.0", "{}", null, INPUTS.subList(0, 1)), not(equalTo(base)));
    // the same bytes under another name, and other bytes under the same name
    assertThat(ReleaseIds.derive("0.1.0", "{}", null,
        List.of(ReleaseIds.inputKey(new InputFileInfo("renamed.txt", SHA_A, 10)), INPUTS.get(1))), not(equalTo(base)));
    assertThat(ReleaseIds.derive("0.1.0", "{}", null,
        List.of(ReleaseIds.inputKey(new InputFileInfo("000.txt", SHA_B, 10)), INPUTS.get(1))), not(equalTo(base)));
  }

  @Test
  public void anUnreadableInputStillCounts() {
    assertThat(ReleaseIds.inputKey(new InputFileInfo("locked.txt", null, 0)), equalTo("locked.txt\t-"));
  }

  @Test
  public void validIdsAreShortAndFromTheSafeCharacters() {
    for (String ok : List.of("2026-11-21", "nightly_7", "v0.1.0", "A", "x".repeat(64))) {
      assertThat(ok, ReleaseIds.isValid(ok), is(true));
    }
    for (String bad : List.of("", "x".repeat(65), "a/b", "a b", "a\nb", "é", "a;b", "a'b")) {
      assertThat(bad, ReleaseIds.isValid(bad), is(false));
    }
    assertThat(ReleaseIds.isValid(null), is(false));
  }
}
