package org.conflictkg.relations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a tab-separated data file of this package: blank lines and {@code #} comments left out. */
final class DataRows {
    /** One row, with its line number for error messages. */
    record Row(int line, String[] columns) {
    }

    private DataRows() {}

    static List<Row> read(InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(new Row(no, line.split("\t")));
            }
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
