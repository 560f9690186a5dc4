package io.claimsift.eval.extraction;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.claimsift.clean.ArticleCleaner;
import io.claimsift.clean.CleaningLimits;
import io.claimsift.clean.CleaningRules;
import io.claimsift.clean.ReadabilityVote;
import io.claimsift.clean.RegionParams;
import io.claimsift.clean.RegionReplay;
import io.claimsift.eval.SharedEvalData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class TuneReadabilityVoteTest {

  @Test
  public void theGridStartsWithNoVoteAndHoldsTheStandardVote() {
    Map<String, ReadabilityVote> settings = TuneReadabilityVote.settings();
    assertThat(settings.keySet().iterator().next(), is(TuneReadabilityVote.NONE));
    assertThat(settings.get(TuneReadabilityVote.NONE), nullValue());
    assertThat(settings, hasKey(TuneReadabilityVote.standardName()));
    assertThat(TuneReadabilityVote.standardName(), is("w4_a0.80_p0.70"));
  }

  @Test
  public void replaysWithAndWithoutTheVoteGiveWhatTheCleanerGivesOnDevPages() throws Exception {
    // Arrange: the scrapinghub DEV pages, the cleaner with the vote and with it off
    Path dev = SharedEvalData.require("extraction/dev");
    RegionParams params = RegionParams.standard();
    ArticleCleaner withVote =
        new ArticleCleaner(CleaningRules.standard(), CleaningLimits.standard(), params);
    CleaningLimits off = CleaningLimits.standard();
    ArticleCleaner noVote = new ArticleCleaner(CleaningRules.standard(),
        new CleaningLimits(off.maxHtmlDepth(), off.maxHtmlElements(), off.maxTextLines(), 0),
        params);
    RegionReplay.Preparer preparer = new RegionReplay.Preparer(CleaningRules.standard());
    int changed = 0;
    List<String> ids = Files.readAllLines(dev.resolve("ids.txt"), StandardCharsets.UTF_8);
    for (String id : ids) {
      String html = ExtractionEval.gunzip(dev.resolve("html").resolve(id.trim() + ".html.gz"));
      RegionReplay replay = preparer.html(html);
      // Act
      String voted = replay.cleanText(replay.keep(params, ReadabilityVote.standard()));
      String unvoted = replay.cleanText(replay.keep(params, null));
      // Assert
      assertThat(id, voted, is(withVote.cleanHtml(html).cleanText()));
      assertThat(id, unvoted, is(noVote.cleanHtml(html).cleanText()));
      changed += voted.equals(unvoted) ? 0 : 1;
    }
    assertThat("pages the vote changes", changed, greaterThan(0));
  }
}
