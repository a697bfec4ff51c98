/**
 * Reading files (text, Markdown, HTML): encoding checks, lines, paragraphs and page furniture.
 *
 * <p><b>Public API:</b> {@link org.conflictkg.text.UnreadableDocumentException}, {@link org.conflictkg.text.Document}
 * and {@link org.conflictkg.text.Span} (as parts of an extraction). The other classes are internal: not API, may change
 * without notice.
 */
package org.conflictkg.text;
