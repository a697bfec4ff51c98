/**
 * The web page's JSON API and its bundled files.
 *
 * <p><b>Internal: not API, may change without notice.</b>
 */
package org.conflictkg.server.web;
