package io.claimsift.schema;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.claimsift.output.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.junit.Test;

/**
 * The data contract across releases (docs/compatibility.md): the current schemas in schemas/ must
 * read every file written with the schemas of a released version, snapshotted under
 * schemas/released/VERSION/; fields added since need defaults.
 */
public class SchemaCompatibilityTest {
  private static final Path CURRENT = Path.of("schemas");
  private static final Path RELEASED = CURRENT.resolve("released");
  /** Parsed first, as the avro-maven-plugin's imports are: the other schemas use them. */
  private static final List<String> SHARED = List.of("Quantity.avsc", "DateSpan.avsc");

  /** Every named type of a folder of .avsc files, by full name. */
  static Map<String, Schema> parse(Path folder) throws IOException {
    Schema.Parser parser = new Schema.Parser();
    List<Path> files = new ArrayList<>();
    SHARED.forEach(name -> files.add(folder.resolve(name)));
    try (Stream<Path> list = Files.list(folder)) {
      list.filter(p -> p.getFileName().toString().endsWith(".avsc") && !SHARED.contains(p.getFileName().toString()))
          .sorted().forEach(files::add);
    }
    for (Path file : files) {
      parser.parse(file.toFile());
    }
    return new LinkedHashMap<>(parser.getTypes());
  }

  static List<Path> releases() throws IOException {
    try (Stream<Path> list = Files.list(RELEASED)) {
      return list.filter(Files::isDirectory).sorted().toList();
    }
  }

  /** What stops the current schemas from reading data written with the released ones; empty when nothing. */
  static List<String> problems(Map<String, Schema> current, Map<String, Schema> released) {
    List<String> problems = new ArrayList<>();
    released.forEach((name, writer) -> {
      Schema reader = current.get(name);
      if (reader == null) {
        problems.add(name + " was removed");
        return;
      }
      SchemaCompatibility.SchemaPairCompatibility result =
          SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
      if (result.getType() != SchemaCompatibilityType.COMPATIBLE) {
        result.getResult().getIncompatibilities().forEach(i -> problems.add(name + ": " + i.getType()
            + " at " + i.getLocation() + " (" + i.getMessage() + ")"));
      }
      if (reader.getType() == Schema.Type.RECORD) {
        for (Schema.Field field : reader.getFields()) {
          boolean added = writer.getField(field.name()) == null
              && field.aliases().stream().noneMatch(alias -> writer.getField(alias) != null);
          if (added && !field.hasDefaultValue()) {
            problems.add(name + "." + field.name() + " was added without a default");
          }
        }
      }
    });
    return problems;
  }

  @Test
  public void thereIsAReleasedSnapshot() throws IOException {
    assertThat(releases(), not(empty()));
    for (Path release : releases()) {
      assertThat(release.toString(), parse(release).keySet(), not(empty()));
    }
  }

  @Test
  public void theCurrentSchemasReadDataWrittenWithEveryRelease() throws IOException {
    Map<String, Schema> current = parse(CURRENT);
    for (Path release : releases()) {
      assertThat("schemas/ against " + release, problems(current, parse(release)), equalTo(List.of()));
    }
  }

  @Test
  public void theCheckCatchesAFieldAddedWithoutADefaultAndARemovedRecord() throws IOException {
    Map<String, Schema> released = parse(releases().get(releases().size() - 1));
    Map<String, Schema> broken = new LinkedHashMap<>(parse(CURRENT));
    Schema reject = broken.get("io.claimsift.schema.Reject");
    List<Schema.Field> fields = new ArrayList<>();
    reject.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
    fields.add(new Schema.Field("severity", Schema.create(Schema.Type.STRING), "new, and no default"));
    broken.put(reject.getFullName(), Schema.createRecord(reject.getName(), reject.getDoc(), reject.getNamespace(),
        false, fields));
    broken.remove("io.claimsift.schema.RemovedSegment");

    List<String> problems = problems(broken, released);

    assertThat(problems.toString(), problems.contains("io.claimsift.schema.Reject.severity was added without a default"),
        is(true));
    assertThat(problems.contains("io.claimsift.schema.RemovedSegment was removed"), is(true));
  }

  @Test
  public void theGeneratedClassesAreTheCurrentSchemasNotASnapshot() throws IOException {
    Map<String, Schema> current = parse(CURRENT);
    for (Dataset dataset : Dataset.values()) {
      Schema generated = dataset.schema();
      Schema file = current.get(generated.getFullName());
      // the generated schema carries avro.java.string properties; the parsing form and docs do not
      assertThat(dataset.folder(), SchemaNormalization.toParsingForm(generated),
          equalTo(SchemaNormalization.toParsingForm(file)));
      assertThat(dataset.folder(), generated.getFields().stream().map(Schema.Field::doc).toList(),
          equalTo(file.getFields().stream().map(Schema.Field::doc).toList()));
    }
  }

  @Test
  public void onlyTheCurrentSchemasShipInTheJar() {
    assertThat(getClass().getResource("/schemas/Article.avsc"), notNullValue());
    for (String name : List.of("/schemas/released", "/schemas/released/0.1.0/Article.avsc")) {
      assertThat(name, getClass().getResource(name), nullValue());
    }
  }
}
