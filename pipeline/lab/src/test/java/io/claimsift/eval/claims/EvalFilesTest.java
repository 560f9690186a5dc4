package io.claimsift.eval.claims;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class EvalFilesTest {

  /** Deleted after each test, so that runs leave nothing in the system temp folder. */
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void claimBusterRowsAndFoldsOfDuplicates() throws Exception {
    Path file = tmp.newFile("cb.tsv").toPath();
    Files.writeString(file, "sentence_id\tverdict\tcfs\ttext\tspeaker\n"
        + "1\t1\t1\tTaxes rose 12 percent.\tA\n"
        + "2\t-1\t0\tThank you.\tB\n"
        + "3\t1\t1\t  taxes ROSE 12   percent. \tC\n", StandardCharsets.UTF_8);

    List<ClaimBusterFile.Row> rows = ClaimBusterFile.read(file);

    assertEquals(3, rows.size());
    assertTrue(rows.get(0).checkWorthy());
    assertFalse(rows.get(1).checkWorthy());
    assertEquals("Thank you.", rows.get(1).text());
    assertEquals(rows.get(0).fold(5), rows.get(2).fold(5));
    assertEquals(rows.get(0).innerFold(5), rows.get(2).innerFold(5));
  }

  @Test
  public void newsClaimsSentencesGetOffsetsInTheJoinedText() throws Exception {
    Path file = tmp.newFile("nc.jsonl").toPath();
    Files.writeString(file,
        "{\"doc_id\":\"d\",\"sent_id\":0,\"sentence\":\"Bats carry it.\",\"label\":1,"
            + "\"claim\":{\"has_claimer\":true,\"claimer\":\"WHO\",\"claimer_in_sentence\":false}}\n"
            + "{\"doc_id\":\"d\",\"sent_id\":1,\"sentence\":\"Nothing here.\",\"label\":0,\"claim\":null}\n",
        StandardCharsets.UTF_8);

    NewsClaimsFile.Document doc = NewsClaimsFile.read(file).get(0);

    assertEquals("Bats carry it. Nothing here.", doc.text());
    NewsClaimsFile.Item second = doc.items().get(1);
    assertEquals(15, second.sentence().start());
    assertEquals("WHO", doc.items().get(0).claimer());
    assertTrue(doc.items().get(0).claim());
    assertNull(second.claimer());
    assertFalse(second.claim());
  }
}
