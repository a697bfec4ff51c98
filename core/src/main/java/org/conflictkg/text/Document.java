package org.conflictkg.text;

import java.time.LocalDate;
import java.util.List;

/**
 * A news article as plain text, ready for sentence splitting.
 *
 * <p>All offsets (blocks, sentences, tokens, mentions, and so the {@code start}/{@code end} of {@code kg extract
 * --format jsonl}) count UTF-16 chars of {@link #text}. For plain text and Markdown that is the file's text exactly
 * as decoded from UTF-8 — line ends (CRLF, CR), trailing blanks, tabs, no-break spaces, markup and a byte-order
 * mark (U+FEFF at offset 0) all stay — so an offset is an offset into the file read as UTF-8 without newline
 * translation. For HTML it is the text jsoup reads from the page (tags, comments and scripts removed, every entity
 * decoded, each block element a paragraph with a blank line after it, the blanks and line breaks inside a paragraph
 * collapsed to one space as a browser shows them, trailing blanks removed); offsets refer to that text, not to the
 * HTML source.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id      a stable identifier derived from the text (the SHA-256 of the text with line ends unified and
 *                trailing blanks removed, hex); the same text always gets the same id, so re-ingesting an unchanged
 *                file is a no-op
 * @param name    a short name for people, usually the file name
 * @param source  where the text came from (an absolute path, a URL), or the name when there is no better
 * @param text    the text the offsets count into (see above)
 * @param blocks  the parts of the text that are prose (paragraphs, headlines), in order; page furniture such as
 *                bylines, captions, datelines and related-headline lists is left out
 * @param date    the day the article was published, when its text says so; else null
 * @param plain   what the analysis reads: {@code text} with the same length, Markdown markup blanked to spaces, a
 *                CR before an LF a space, a lone CR a line feed, no-break spaces and a byte-order mark spaces
 * @param shown   how messages name the document: the file's path as the user gave it (a folder given to
 *                {@code ingest} joined with the file's path inside it), else the name
 */
public record Document(String id, String name, String source, String text, List<Span> blocks, LocalDate date,
        String plain, String shown) {
    public Document {
        blocks = List.copyOf(blocks);
        if (shown == null) {
            shown = name;
        }
        if (plain == null) {
            plain = Markup.analysisCopy(text);
        } else if (plain.length() != text.length()) {
            throw new IllegalArgumentException("the plain text must be as long as the text");
        }
    }

    /** A document that messages name by its name. */
    public Document(String id, String name, String source, String text, List<Span> blocks, LocalDate date,
            String plain) {
        this(id, name, source, text, blocks, date, plain, null);
    }

    /** A document whose analysis reads its text with only line ends and spaces made plain. */
    public Document(String id, String name, String source, String text, List<Span> blocks, LocalDate date) {
        this(id, name, source, text, blocks, date, null, null);
    }

    /** A document whose date is not known. */
    public Document(String id, String name, String source, String text, List<Span> blocks) {
        this(id, name, source, text, blocks, null, null, null);
    }

    /** The title: the first block when it reads like a headline, else empty. */
    public String title() {
        if (blocks.isEmpty()) {
            return "";
        }
        Span first = blocks.get(0);
        String line = plain.substring(first.start(), first.end()).strip();
        return line.length() <= 200 ? line : line.substring(0, 200);
    }
}
