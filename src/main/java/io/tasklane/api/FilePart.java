package io.tasklane.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file sent in a multipart request (reference §5.3: the part {@code uploadedFile}), readable
 * while the request lasts.
 *
 * @param name the part's form name
 * @param fileName the file name the client gave, possibly empty
 */
public record FilePart(
    String name, String fileName, String contentType, long size, Content content) {

  /** Opens the part's bytes. */
  @FunctionalInterface
  public interface Content {
    InputStream open() throws IOException;
  }
}
