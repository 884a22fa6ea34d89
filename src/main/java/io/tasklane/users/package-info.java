/**
 * People and their organisation: USER, ACSLVL, CUST, GROUP, ROLE, CMPY, TEAMOB and their link
 * types; licences, the user lifecycle rules, the API-key actions, first-start bootstrap and the
 * demo organisation. Generic machinery (query, store, http) stays out.
 */
package io.tasklane.users;
