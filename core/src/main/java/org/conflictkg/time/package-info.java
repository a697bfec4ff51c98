/**
 * An article's date and the periods its time expressions name.
 *
 * <p><b>Internal: not API, may change without notice.</b>
 */
package org.conflictkg.time;
