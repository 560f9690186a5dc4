package io.claimsift.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.junit.Test;

public class ClaimLanguagesTest {
  @Test
  public void theDefaultAdmitsEnglishOnly() {
    ClaimLanguages languages = ClaimLanguages.parse(ClaimLanguages.DEFAULT);

    assertThat(languages.includes("en"), equalTo(true));
    assertThat(languages.includes("EN"), equalTo(true));
    assertThat(languages.includes("de"), equalTo(false));
    assertThat(languages.includes("id"), equalTo(false));
    assertThat(languages.includes(null), equalTo(false));
  }

  @Test
  public void unknownAdmitsArticlesWithoutADetectedLanguage() {
    ClaimLanguages languages = ClaimLanguages.parse(" unknown , en");

    assertThat(languages.includes(null), equalTo(true));
    assertThat(languages.includes("ru"), equalTo(false));
    assertThat(languages.codes(), equalTo(List.of("en", "unknown")));
  }

  @Test
  public void aLanguageWithoutClaimRulesIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClaimLanguages.parse("en,pt"));

    assertThat(e.getMessage(), equalTo("--claimLanguages: 'pt' is not supported; claim extraction supports en, "
        + "and unknown for articles whose language was not detected"));
    assertThrows(IllegalArgumentException.class, () -> ClaimLanguages.parse(""));
    assertThrows(IllegalArgumentException.class, () -> ClaimLanguages.parse("en,"));
  }
}
