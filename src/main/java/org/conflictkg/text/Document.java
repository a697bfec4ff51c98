package org.conflictkg.text;

import java.time.LocalDate;
import java.util.List;

/**
 * A news article as plain text, ready for sentence splitting.
 *
 * @param id      a stable identifier derived from the text (the SHA-256 of the text, hex); the same text always
 *                gets the same id, so re-ingesting an unchanged file is a no-op
 * @param name    a short name for people, usually the file name
 * @param source  where the text came from (an absolute path, a URL), or the name when there is no better
 * @param text    the clean text: markup removed, line structure kept
 * @param blocks  the parts of the text that are prose (paragraphs, headlines), in order; page furniture such as
 *                bylines, captions, datelines and related-headline lists is left out
 * @param date    the day the article was published, when its text says so; else null
 */
public record Document(String id, String name, String source, String text, List<Span> blocks, LocalDate date) {
    public Document {
        blocks = List.copyOf(blocks);
    }

    /** A document whose date is not known. */
    public Document(String id, String name, String source, String text, List<Span> blocks) {
        this(id, name, source, text, blocks, null);
    }

    /** The title: the first block when it reads like a headline, else empty. */
    public String title() {
        if (blocks.isEmpty()) {
            return "";
        }
        Span first = blocks.get(0);
        String line = text.substring(first.start(), first.end()).strip();
        return line.length() <= 200 ? line : line.substring(0, 200);
    }
}
