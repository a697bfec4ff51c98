package org.conflictkg.query;

/**
 * A query parameter that cannot be bound: a name that is no parameter of the query, or a value that is not of the
 * kind the parameter takes. The message is one line and names the parameter as the command line writes it
 * ({@code --param from=2016-13-01: not a valid ISO date ...}), also when the library is called from Java;
 * {@link UnknownActorException}, a name that matches no actor, is one of them.
 *
 * <p>Immutable once thrown; safe to share between threads.
 */
public class QueryParameterException extends IllegalArgumentException {
    private final String parameter;
    private final String value;

    /** {@code reason} says why the value failed; the message is {@code --param NAME=VALUE: reason}. */
    public QueryParameterException(String parameter, String value, String reason) {
        super("--param " + parameter + "=" + value + ": " + reason);
        this.parameter = parameter;
        this.value = value;
    }

    /** The parameter's name, without the question mark. */
    public String parameter() {
        return parameter;
    }

    /** The value as given. */
    public String value() {
        return value;
    }
}
