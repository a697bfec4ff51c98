package org.conflictkg.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The project's tab-separated files, read and written with Apache Commons CSV: the data files of the gazetteer, the
 * lexicon, the frames and the cue words, and the rows {@code kg extract} prints. Internal: not API.
 *
 * <p>The format: fields separated by tabs, no quoting and no escapes (a field holds no tab and no line break, and a
 * quotation mark is an ordinary character, as news text needs), rows ended by a line feed; on reading, a line that
 * starts with {@code #} is a comment, and blank lines are skipped.
 *
 * <p>Stateless; thread-safe.
 */
public final class Tsv {
    /** Tab-separated values as this project writes and reads them (see above). */
    public static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter('\t')
            .setQuote(null)
            .setEscape(null)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(false)
            .setRecordSeparator('\n')
            .get();

    /**
     * One row of a file, with the number of its line for error messages. Every field is kept, trailing empty ones
     * too (as {@code String.split("\t", -1)} keeps them).
     */
    public record Row(int line, String[] columns) {
    }

    private static final Pattern FIELD_BREAKS = Pattern.compile("[\t\r\n]");

    private Tsv() {}

    /** The rows of a UTF-8 stream: comment lines ({@code #}) and blank lines (only spaces or tabs) left out. */
    public static List<Row> read(InputStream in) throws IOException {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The rows of a reader: comment lines ({@code #}) and blank lines (only spaces or tabs) left out. */
    public static List<Row> read(Reader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                String[] columns = record.values();
                if (isBlank(columns)) {
                    continue;
                }
                // the parser's line count after a record is the record's line: with no quoting a record is one line
                rows.add(new Row((int) parser.getCurrentLineNumber(), columns));
            }
        }
        return rows;
    }

    private static boolean isBlank(String[] columns) {
        for (int i = 0; i < columns.length; i++) {
            if (!columns[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * One row, without its line end: the fields (null as empty) joined by tabs. A tab or line break inside a field
     * becomes a space, since the format has no escapes.
     */
    public static String row(Object... fields) {
        Object[] clean = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            clean[i] = fields[i] == null ? "" : FIELD_BREAKS.matcher(fields[i].toString()).replaceAll(" ");
        }
        return FORMAT.format(clean);
    }
}
