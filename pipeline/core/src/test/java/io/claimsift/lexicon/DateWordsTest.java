package io.claimsift.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

public class DateWordsTest {

  @Test
  public void wordsAreGroupedByRoleInLowerCase() {
    assertTrue(DateWords.of("unit").containsAll(Set.of("day", "weeks", "year")));
    assertTrue(DateWords.of("holiday").contains("thanksgiving"));
    assertEquals(Set.of("spring", "summer", "autumn", "fall", "winter"), DateWords.of("season"));
    assertTrue(DateWords.of("no such role").isEmpty());
  }

  @Test
  public void someRolesGiveTheirWordsAValue() {
    assertEquals(Integer.valueOf(1), DateWords.values("step").get("next"));
    assertEquals(Integer.valueOf(-1), DateWords.values("step").get("past"));
    assertEquals(Integer.valueOf(-1), DateWords.values("deixis").get("yesterday"));
    assertTrue(DateWords.of("deixis").contains("date"));
    assertTrue(!DateWords.values("deixis").containsKey("date")); // "till date" names no day
  }
}
