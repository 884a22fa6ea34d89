/**
 * Time logged on work (HOUR) and hour types (HOURT), with the rules of who logs and approves hours
 * and the actualWork they add up to. Nothing here about projects beyond filing hours.
 */
package io.tasklane.hours;
