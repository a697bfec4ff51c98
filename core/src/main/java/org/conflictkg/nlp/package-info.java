/**
 * Sentences, tokens and dependency trees (OpenNLP and NLP4J behind {@code SentenceAnalyzer}).
 *
 * <p><b>Internal: not API, may change without notice.</b>
 */
package org.conflictkg.nlp;
