package org.conflictkg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictkg.relations.CameoFamilies;
import org.conflictkg.relations.FamilyCounts;

/** The per-family counts of assertions that {@code kg extract} and {@code kg ingest} print at the end. */
final class FamilySummary {
    private FamilySummary() {}

    /**
     * A heading and one line per family with assertions, in code order, then the assertions with no family:
     * <pre>
     * assertions by CAMEO family:
     *   19 fight                         12
     *      no CAMEO family                3
     * </pre>
     */
    static List<String> lines(FamilyCounts counts) {
        List<String> out = new ArrayList<>();
        if (counts.total() == 0) {
            out.add("assertions by CAMEO family: none");
            return out;
        }
        out.add("assertions by CAMEO family:");
        counts.byFamily().forEach((family, n) -> out.add(line(family.cameoRoot(), CameoFamilies.name(family), n)));
        if (counts.withoutFamily() > 0) {
            out.add(line("", "no CAMEO family", counts.withoutFamily()));
        }
        return out;
    }

    private static String line(String code, String name, long n) {
        return String.format(Locale.ROOT, "  %2s %-34s %6d", code, name, n);
    }
}
