/**
 * Sharing (ACSRUL, the share action) and the access policy: who may read and change which work
 * object. Access levels and licences belong to the users package.
 */
package io.tasklane.access;
