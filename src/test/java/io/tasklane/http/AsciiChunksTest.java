package io.tasklane.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsciiChunksTest {
  @ParameterizedTest(name = "{0} characters")
  @ValueSource(ints = {0, 1, 511, 512, 513, 1536, 70_000, 300_000})
  void keepsEveryCharacterInOrderAcrossChunkBoundaries(int n) throws Exception {
    StringBuilder expected = new StringBuilder();
    AsciiChunks chunks = new AsciiChunks();
    for (int i = 0; expected.length() < n; i++) {
      String piece = i % 3 == 0 ? "x" : "{\"n\":" + i + "}";
      piece = piece.substring(0, Math.min(piece.length(), n - expected.length()));
      expected.append(piece);
      if (piece.length() == 1) {
        chunks.append(piece.charAt(0));
      } else {
        chunks.append("<" + piece + ">", 1, piece.length() + 1);
      }
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    chunks.writeTo(written);

    byte[] bytes = expected.toString().getBytes(StandardCharsets.US_ASCII);
    assertThat(chunks.length()).isEqualTo(n);
    assertThat(written.toByteArray()).isEqualTo(bytes);
    assertThat(chunks.toByteArray()).isEqualTo(bytes);
    assertThat(chunks.toString()).isEqualTo(expected.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      longs = {
        0,
        7,
        -1,
        9,
        10,
        99,
        100,
        -12_345,
        1_234_567_890_123L,
        Long.MAX_VALUE,
        Long.MIN_VALUE
      })
  void writesWholeNumbersAsJavaDoes(long n) {
    assertThat(new AsciiChunks().append(n).toString()).isEqualTo(Long.toString(n));
  }
}
