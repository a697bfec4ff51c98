package org.conflictkg.query;

/**
 * How one query parameter binds: the name and value given, the RDF term bound (in N-Triples form, such as
 * {@code <https://w3id.org/conflict-kg/id/actor/russia>} or {@code "2016-10-01"^^<http://www.w3.org/2001/XMLSchema#date>}),
 * and what the value was read as and why, in words. Immutable and thread-safe.
 *
 * @param name  the variable's name, without {@code ?}
 * @param value the value as given
 * @param term  the term bound, in N-Triples form
 * @param as    what the value was read as and why ("an actor: the query declares ?target an actor")
 */
public record ParameterBinding(String name, String value, String term, String as) {
    /** One line for a person: {@code ?target = <...> (an actor: the query declares ?target an actor)}. */
    @Override
    public String toString() {
        return "?" + name + " = " + term + " (" + as + ")";
    }
}
