/**
 * Who is asking: credentials (session, API key, username and password), the principal they resolve
 * to, password hashing, token hashing and sealing, sessions, API keys and login throttling.
 * Per-object permissions live with the object types' rules, not here.
 */
package io.tasklane.auth;
