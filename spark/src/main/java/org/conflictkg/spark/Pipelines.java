package org.conflictkg.spark;

import org.conflictkg.ConflictGraph;

/**
 * One extraction pipeline per JVM: the first task on an executor loads the models (about 50 s, 2.5 GB of heap), every
 * later task and every core of that executor shares them. The pipeline is thread-safe; its in-memory store is never
 * written (the job only computes quads) and lives as long as the executor.
 */
final class Pipelines {
    private static volatile ConflictGraph graph;

    private Pipelines() {
    }

    static ConflictGraph get() {
        ConflictGraph g = graph;
        if (g == null) {
            synchronized (Pipelines.class) {
                g = graph;
                if (g == null) {
                    g = ConflictGraph.inMemory();
                    graph = g;
                }
            }
        }
        return g;
    }
}
