package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.conflictkg.query.RemoteQuery;
import org.conflictkg.query.ResultFormat;
import org.junit.jupiter.api.Test;

class ReadyQueryServiceTest {
    @Test
    void theFormatParameterWinsOverAcceptAndJsonIsTheDefault() {
        assertEquals(ResultFormat.CSV, ReadyQueryService.format("csv", "application/json"));
        assertEquals(ResultFormat.CSV, ReadyQueryService.format(null, "text/csv"));
        assertEquals(ResultFormat.TSV, ReadyQueryService.format(null, "text/tab-separated-values"));
        assertEquals(ResultFormat.JSON, ReadyQueryService.format(null, "application/sparql-results+json"));
        assertEquals(ResultFormat.TEXT, ReadyQueryService.format(null, "text/plain"));
        assertEquals(ResultFormat.JSON, ReadyQueryService.format(null, "*/*"));
        assertEquals(ResultFormat.JSON, ReadyQueryService.format("", null));
        assertThrows(IllegalArgumentException.class, () -> ReadyQueryService.format("xml", null));
    }

    @Test
    void anEndpointUrlIsReadAsTheDatasetsBase() {
        assertEquals("http://127.0.0.1:3030/conflict", RemoteQuery.base("http://127.0.0.1:3030/conflict"));
        assertEquals("http://127.0.0.1:3030/conflict", RemoteQuery.base("http://127.0.0.1:3030/conflict/"));
        assertEquals("http://127.0.0.1:3030/conflict", RemoteQuery.base("http://127.0.0.1:3030/conflict/sparql"));
        assertEquals("http://127.0.0.1:3030/conflict", RemoteQuery.base(" http://127.0.0.1:3030/conflict/query?x=1 "));
        assertThrows(IllegalArgumentException.class, () -> RemoteQuery.base("ftp://host/conflict"));
        assertThrows(IllegalArgumentException.class, () -> RemoteQuery.base("127.0.0.1:3030"));
        assertThrows(IllegalArgumentException.class, () -> RemoteQuery.base("http://bad host/"));
    }
}
