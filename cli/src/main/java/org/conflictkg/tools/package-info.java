/**
 * Build-time tools: the trainer and evaluator of the bundled name-finder model.
 *
 * <p><b>Internal: not API, may change without notice.</b>
 */
package org.conflictkg.tools;
