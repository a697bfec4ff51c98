/**
 * The gazetteer and the recognition of actors in sentences.
 *
 * <p><b>Public API:</b> the records an extraction returns: {@link org.conflictkg.actors.Actor},
 * {@link org.conflictkg.actors.ActorType} and {@link org.conflictkg.actors.Mention}. The other classes are internal:
 * not API, may change without notice.
 */
package org.conflictkg.actors;
