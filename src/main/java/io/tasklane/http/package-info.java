/**
 * The only package that knows HTTP and Javalin: the server, reading requests into API calls,
 * writing the {@code {"data":…}} / {@code {"error":…}} envelope with Workfront's escaping, error
 * statuses, health and metrics. It decides nothing about the API's meaning.
 */
package io.tasklane.http;
