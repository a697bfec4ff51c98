package org.conflictkg.relations;

/**
 * Where an assertion was read.
 *
 * @param document the document id
 * @param sentence index of the sentence in the document
 * @param start    character offset of the sentence in the document text
 * @param end      end offset (exclusive)
 * @param text     the sentence
 */
public record Evidence(String document, int sentence, int start, int end, String text) {}
