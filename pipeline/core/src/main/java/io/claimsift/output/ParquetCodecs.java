package io.claimsift.output;

import io.airlift.compress.zstd.ZstdCompressor;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Compresses Parquet pages with ZSTD in pure Java (aircompressor), deterministic and without a
 * native library, instead of parquet-hadoop's CodecFactory, which needs Hadoop on the classpath.
 * Write only: ClaimSift never reads its Parquet files back through Parquet.
 */
final class ParquetCodecs implements CompressionCodecFactory {
  static final ParquetCodecs INSTANCE = new ParquetCodecs();

  private ParquetCodecs() {}

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    if (codec != CompressionCodecName.ZSTD) {
      throw new IllegalArgumentException("ClaimSift writes Parquet pages with ZSTD only, not " + codec);
    }
    return new Zstd();
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    throw new UnsupportedOperationException("ClaimSift writes Parquet files and does not read them");
  }

  @Override
  public void release() {}

  /** The compressor of one writer (level 3, aircompressor's only level; the bytes depend only on the page). */
  private static final class Zstd implements BytesInputCompressor {
    private final ZstdCompressor zstd = new ZstdCompressor();

    @Override
    public BytesInput compress(BytesInput page) throws java.io.IOException {
      byte[] in = page.toByteArray();
      byte[] out = new byte[zstd.maxCompressedLength(in.length)];
      int length = zstd.compress(in, 0, in.length, out, 0, out.length);
      return BytesInput.from(out, 0, length);
    }

    @Override
    public CompressionCodecName getCodecName() {
      return CompressionCodecName.ZSTD;
    }

    @Override
    public void release() {}
  }
}
