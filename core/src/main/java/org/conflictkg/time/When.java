package org.conflictkg.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The period a time expression names, as the days it spans: "on Jan. 23" is one day, "last week" the seven days
 * of the week before the article's, "in March 2011" the days of that month, "in 2006" those of that year. No day
 * is invented for a coarser expression: {@link #day()} is empty unless the expression named one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param first     the first day of the period
 * @param last      the last day of the period (inclusive)
 * @param precision how much the expression said
 */
public record When(LocalDate first, LocalDate last, Precision precision) {
    /** How much of a calendar date an expression gives. */
    public enum Precision {
        DAY, WEEK, MONTH, YEAR
    }

    public When {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(first + " after " + last);
        }
    }

    static When day(LocalDate d) {
        return new When(d, d, Precision.DAY);
    }

    static When month(int year, int month) {
        LocalDate f = LocalDate.of(year, month, 1);
        return new When(f, f.plusMonths(1).minusDays(1), Precision.MONTH);
    }

    static When year(int year) {
        return new When(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
    }

    /** The week (Monday to Sunday) that contains the given day. */
    static When weekOf(LocalDate d) {
        LocalDate monday = d.minusDays(d.getDayOfWeek().getValue() - 1L);
        return new When(monday, monday.plusDays(6), Precision.WEEK);
    }

    /** The day, when the expression named one. */
    public Optional<LocalDate> day() {
        return precision == Precision.DAY ? Optional.of(first) : Optional.empty();
    }
}
