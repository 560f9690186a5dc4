package io.claimsift.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.read.InputFileInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of input files, handed from the pipeline to the manifest as a JSON-lines file in the
 * staging folder (removed once the manifest is written).
 */
public final class InputsFile {
  /** The name of the hand-over file in the staging folder. */
  public static final String NAME = "_inputs.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private InputsFile() {}

  /** Writes one JSON object per input; the stream is not closed. */
  public static void write(List<InputFileInfo> inputs, OutputStream out) throws IOException {
    for (InputFileInfo f : inputs) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("source_uri", f.sourceUri());
      line.put("sha256", f.sha256());
      line.put("bytes", f.bytes());
      out.write(JSON.writeValueAsBytes(line));
      out.write('\n');
    }
  }

  /** Reads the hand-over file; an absent file means no inputs. */
  public static List<InputFileInfo> read(Path file) throws IOException {
    List<InputFileInfo> inputs = new ArrayList<>();
    if (!Files.exists(file)) {
      return inputs;
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = reader.readLine()) != null; ) {
        JsonNode node = JSON.readTree(line);
        JsonNode sha = node.get("sha256");
        inputs.add(new InputFileInfo(node.get("source_uri").asText(),
            sha == null || sha.isNull() ? null : sha.asText(), node.get("bytes").asLong()));
      }
    }
    return inputs;
  }
}
