/**
 * Command-line verbs (picocli): {@code serve}, {@code migrate} and the administration commands.
 * Each verb is a small object writing to injected streams and calling the same domain code as HTTP.
 */
package io.tasklane.cli;
