package io.tasklane.api;

import java.nio.file.Path;

/** Bytes to send as the reply instead of JSON: a stored document version (a download). */
public record FileBody(String fileName, String contentType, long size, Path path) {}
