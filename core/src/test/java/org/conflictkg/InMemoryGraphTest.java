package org.conflictkg;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the test classes that read text written for them through the whole pipeline (the real parser, an
 * in-memory store): one graph per test class, opened before its first test and closed after its last. The classes
 * run one after another, so the one field serves them all.
 */
public abstract class InMemoryGraphTest {
    protected static ConflictGraph graph;

    @BeforeAll
    static void openGraph() {
        graph = ConflictGraph.inMemory();
    }

    @AfterAll
    static void closeGraph() {
        graph.close();
    }
}
