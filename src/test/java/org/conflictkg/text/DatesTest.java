package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void articleDateFromAPublicationLineOrDateline() {
        assertEquals(LocalDate.of(2015, 10, 9), Dates.published("Headline\n\nSource: Agencies Published: 2015-10-9 0:33:01\n").orElseThrow());
        assertEquals(LocalDate.of(2017, 4, 19), Dates.published("Published April 19 2017 A monitor said ...").orElseThrow());
        assertEquals(LocalDate.of(2016, 3, 2), Dates.published("BEIRUT, 2 March 2016 - Jets struck ...").orElseThrow());
        assertTrue(Dates.published("No date in this text at all.").isEmpty());
    }
}
