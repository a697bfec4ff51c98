/**
 * Extraction as an Apache Spark job: {@link org.conflictkg.spark.ExtractionJob} runs the pipeline of conflict-kg-core
 * over a corpus per partition and writes N-Quads for {@code kg load}.
 *
 * <p><b>Public API:</b> {@link org.conflictkg.spark.ExtractionJob} (its {@code main} for spark-submit,
 * {@code run} for a session the caller owns). The rest is internal.
 */
package org.conflictkg.spark;
