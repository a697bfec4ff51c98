package org.conflictkg.relations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conflictkg.text.Tsv;

/** The rows of a tab-separated data file of this package ({@link Tsv}): blank lines and {@code #} comments left out. */
final class DataRows {
    /** One row, with its line number for error messages. */
    record Row(int line, String[] columns) {
    }

    private DataRows() {}

    static List<Row> read(InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(in)) {
            // trailing empty columns left out, as the frames and cues have always been read
            String[] c = row.columns();
            int n = c.length;
            while (n > 0 && c[n - 1].isEmpty()) {
                n--;
            }
            rows.add(new Row(row.line(), n == c.length ? c : Arrays.copyOf(c, n)));
        }
        return rows;
    }

    /** The rows of a resource next to this class; a missing resource is an error naming what it holds. */
    static List<Row> bundled(String resource, String what) {
        try (InputStream in = DataRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + resource + " are not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
