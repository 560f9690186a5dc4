package io.claimsift.output;

import org.apache.avro.Conversion;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/**
 * Readers of generated records through Avro's fast reader rather than its resolving decoder: the
 * same records, read with less work per field.
 */
public final class FastReaders {
  private FastReaders() {}

  /**
   * A reader of {@code type} expecting the class's own schema; a container file's reader sets the
   * file's schema as the writer's. The model is private, with the class's logical-type conversions:
   * switching the fast reader on in the class's shared model would change every other reader of the
   * type.
   */
  public static <T extends SpecificRecord> SpecificDatumReader<T> of(Class<T> type) {
    Schema schema = SpecificData.getForClass(type).getSchema(type);
    return new SpecificDatumReader<>(schema, schema, model(type));
  }

  /**
   * A private data model of {@code type} with the class's logical-type conversions and the fast
   * reader on, for readers and writers that must not change the class's shared model.
   */
  public static SpecificData model(Class<?> type) {
    SpecificData classModel = SpecificData.getForClass(type);
    SpecificData model = new SpecificData(type.getClassLoader());
    for (Conversion<?> conversion : classModel.getConversions()) {
      model.addLogicalTypeConversion(conversion);
    }
    model.setFastReaderEnabled(true);
    return model;
  }
}
