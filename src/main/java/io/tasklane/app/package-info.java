/**
 * The entry point and the one composition root: configuration, wiring every part by hand, and the
 * start and stop order. Nothing else constructs services.
 */
package io.tasklane.app;
