package org.conflictkg.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import org.conflictkg.time.ArticleDates;

/**
 * Reads news files (plain text, Markdown, HTML) into {@link Document}s. Rejects, with a one-line reason, files
 * that are missing, empty, binary or not valid UTF-8.
 *
 * <p>Thread-safe: it keeps no state between reads.
 */
public final class DocumentReader {
    /** Files larger than this are not news articles. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /**
     * A document's text (for HTML, the text after the markup is removed) may have at most this many characters,
     * five times the longest article of the news corpus: what the analysis costs grows with the length of the text
     * (under a minute to several minutes per megabyte, see docs/BENCHMARKS.md), so a longer text is refused rather
     * than read for tens of minutes.
     */
    public static final int MAX_TEXT_CHARS = 1024 * 1024;

    private final PageFurniture furniture = new PageFurniture();

    /**
     * Reads one file given by itself: its provenance ({@link Document#source()}) is its file name, and messages name
     * it as given.
     */
    public Document read(Path file) throws UnreadableDocumentException {
        return read(file, file);
    }

    /**
     * Reads one file found under {@code given}, the path the user named (a folder, or the file itself). Its
     * provenance ({@link Document#source()}) is its path relative to that folder ({@code 2016/raqqa.txt}), or its
     * file name when {@code given} is the file: never the machine's absolute path. Messages name the file as
     * {@code file} writes it.
     */
    public Document read(Path file, Path given) throws UnreadableDocumentException {
        String shown = file.toString();
        if (!Files.exists(file)) {
            throw new UnreadableDocumentException(shown, "no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnreadableDocumentException(shown, "not a readable file");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableDocumentException(shown, "larger than 16 MB, not a news text");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableDocumentException(shown, "cannot be read (" + e.getMessage() + ")");
        }
        Path fileName = file.getFileName();
        String name = fileName == null ? shown : fileName.toString();
        return fromBytes(name, source(file, given), shown, bytes);
    }

    /**
     * Reads a file's bytes that were fetched by other means (a cluster's file system): as {@link #read(Path, Path)}
     * reads them, with the same checks and the same document.
     *
     * @param name   the file's name, whose extension says how to read it
     * @param source its provenance, the path relative to the folder the user gave ({@code 2016/raqqa.txt})
     * @param shown  how messages name it
     */
    public Document fromBytes(String name, String source, String shown, byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableDocumentException(shown, "larger than 16 MB, not a news text");
        }
        return fromText(name, source, shown, decode(shown, bytes), Format.of(name));
    }

    /** The provenance of a file found under {@code given}, as {@link #read(Path, Path)} records it. */
    public static String sourceOf(Path file, Path given) {
        return source(file, given);
    }

    /** The file's path relative to the folder the user gave, with forward slashes; its name when given itself. */
    static String source(Path file, Path given) {
        Path name = file.getFileName();
        String fallback = name == null ? file.toString() : name.toString();
        if (given == null || given.equals(file) || !file.startsWith(given)) {
            return fallback;
        }
        Path rel = given.relativize(file);
        if (rel.toString().isEmpty()) {
            return fallback;
        }
        StringBuilder out = new StringBuilder();
        for (Path part : rel) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(part);
        }
        return out.toString();
    }

    /**
     * Builds a document from text in memory; {@code name} names it in messages and provenance. For plain text and
     * Markdown the document's text is {@code raw} itself, so offsets into it are offsets into {@code raw}; for
     * HTML it is the converted text.
     */
    public Document fromText(String name, String source, String raw, Format format) throws UnreadableDocumentException {
        return fromText(name, source, name, raw, format);
    }

    private Document fromText(String name, String source, String shown, String raw, Format format)
            throws UnreadableDocumentException {
        if (raw.length() > MAX_BYTES) {
            throw new UnreadableDocumentException(shown, "larger than 16 MB, not a news text");
        }
        String text = format == Format.HTML ? Markup.normalizeWhitespace(Markup.stripHtml(raw)) : raw;
        if (text.length() > MAX_TEXT_CHARS) {
            throw new UnreadableDocumentException(shown, String.format(Locale.ROOT, "%,d characters of text, more than "
                    + "the %,d a document may have (split it into its articles)", text.length(), MAX_TEXT_CHARS));
        }
        String unmarked = format == Format.MARKDOWN ? Markup.blankMarkdown(raw) : text;
        // what the analysis reads: the same length as the text, so its offsets are the text's
        String plain = Markup.analysisCopy(unmarked);
        if (plain.isBlank()) {
            throw new UnreadableDocumentException(shown, "empty file, no text to read");
        }
        var blocks = furniture.prose(plain);
        if (blocks.isEmpty()) {
            throw new UnreadableDocumentException(shown, "no prose found (only headings, captions or page furniture)");
        }
        // a photo caption's date is the photo's, not the article's
        StringBuilder withoutCaptions = new StringBuilder(plain);
        for (Span c : furniture.captions(plain)) {
            for (int k = c.start(); k < c.end(); k++) {
                withoutCaptions.setCharAt(k, ' ');
            }
        }
        LocalDate date = ArticleDates.of(Markup.normalizeWhitespace(withoutCaptions.toString())).orElse(null);
        // the id ignores line-end style and trailing blanks: the same article saved on another system is the same
        return new Document(sha256(Markup.normalizeWhitespace(unmarked)), name, source, text, blocks, date, plain, shown);
    }

    private static String decode(String shown, byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(shown, "empty file");
        }
        int controls = 0;
        int sample = Math.min(bytes.length, 8192);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new UnreadableDocumentException(shown, "binary file (contains NUL bytes), not text");
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                controls++;
            }
        }
        if (controls > sample / 20) {
            throw new UnreadableDocumentException(shown, "binary file, not text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            // a byte-order mark stays, as U+FEFF at offset 0, so offsets count as in the file read as UTF-8
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new UnreadableDocumentException(shown, "not valid UTF-8 (convert it, e.g. iconv -f latin1 -t utf-8)");
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(shown, "not valid UTF-8");
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The formats the reader understands, told by the file name. */
    public enum Format {
        TEXT, MARKDOWN, HTML;

        public static Format of(String fileName) {
            String n = fileName.toLowerCase(Locale.ROOT);
            if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
                return HTML;
            }
            if (n.endsWith(".md") || n.endsWith(".markdown")) {
                return MARKDOWN;
            }
            return TEXT;
        }

        /** True for file names the reader picks up when it walks a folder. */
        public static boolean isTextFile(String fileName) {
            String n = fileName.toLowerCase(Locale.ROOT);
            return n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md") || n.endsWith(".markdown")
                    || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
        }
    }
}
