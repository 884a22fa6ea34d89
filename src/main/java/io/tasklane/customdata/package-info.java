/**
 * Custom forms and fields (CTGY, PARAM, CTGYPA, POPT) and the values of {@code DE:<name>} fields,
 * plugged into the generic query, projection and write paths. The forms' objects live elsewhere.
 */
package io.tasklane.customdata;
