/**
 * Documents (DOCU) and their versions (DOCV), the upload and download endpoints and the content
 * store that keeps uploaded bytes under the data directory. Only metadata lives in the database.
 */
package io.tasklane.documents;
