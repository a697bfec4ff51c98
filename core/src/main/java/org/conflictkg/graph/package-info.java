/**
 * The vocabulary, assertions as RDF, the TDB2 store, SHACL validation and the ontology catalog.
 *
 * <p><b>Public API:</b> {@link org.conflictkg.graph.StoreInUseException} and
 * {@link org.conflictkg.graph.ShapesValidator.ValidationResult} (what {@code ConflictGraph.validate()} returns). The
 * other classes are internal: not API, may change without notice.
 */
package org.conflictkg.graph;
