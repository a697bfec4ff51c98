/**
 * The {@code kg} command line: parsing, progress and printing.
 *
 * <p><b>Internal: not API, may change without notice.</b> Use the {@code kg} commands, or {@code ConflictGraph} from conflict-kg-core.
 */
package org.conflictkg.cli;
