/**
 * Relation frames, their matcher, modality and the assertions read from sentences.
 *
 * <p><b>Public API:</b> the records an extraction returns: {@link org.conflictkg.relations.ExtractedDocument},
 * {@link org.conflictkg.relations.Assertion}, {@link org.conflictkg.relations.Evidence},
 * {@link org.conflictkg.relations.Relation} and {@link org.conflictkg.relations.Modality}. The other classes are
 * internal: not API, may change without notice.
 */
package org.conflictkg.relations;
