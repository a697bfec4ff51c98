package org.conflictkg.relations;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many assertions each CAMEO root family has: what a corpus reports, at a glance. An assertion's family is the
 * root of its CAMEO code ({@link Relation#cameoFamily(String)}), as the graph's {@code ckg:cameoFamily} is.
 *
 * @param byFamily      family property → count, in code order (01 to 20), families with no assertion left out
 * @param withoutFamily assertions with no CAMEO code (offices, memberships)
 */
public record FamilyCounts(Map<Relation, Long> byFamily, long withoutFamily) {
    /** No assertions. */
    public static final FamilyCounts NONE = new FamilyCounts(Map.of(), 0);

    public FamilyCounts {
        EnumMap<Relation, Long> sorted = new EnumMap<>(Relation.class);
        byFamily.forEach((family, n) -> {
            if (!family.isCameoFamily()) {
                throw new IllegalArgumentException(family + " is no CAMEO root family");
            }
            if (n > 0) {
                sorted.put(family, n);
            }
        });
        byFamily = Collections.unmodifiableMap(sorted);
    }

    /** The counts of some assertions. */
    public static FamilyCounts of(Collection<Assertion> assertions) {
        EnumMap<Relation, Long> counts = new EnumMap<>(Relation.class);
        long without = 0;
        for (Assertion a : assertions) {
            Relation family = Relation.cameoFamily(a.cameo());
            if (family == null) {
                without++;
            } else {
                counts.merge(family, 1L, Long::sum);
            }
        }
        return new FamilyCounts(counts, without);
    }

    /** These counts and another's together. */
    public FamilyCounts plus(FamilyCounts other) {
        EnumMap<Relation, Long> sum = new EnumMap<>(Relation.class);
        sum.putAll(byFamily);
        other.byFamily.forEach((family, n) -> sum.merge(family, n, Long::sum));
        return new FamilyCounts(sum, withoutFamily + other.withoutFamily);
    }

    /** All the assertions counted, with a family or without. */
    public long total() {
        return byFamily.values().stream().mapToLong(Long::longValue).sum() + withoutFamily;
    }
}
