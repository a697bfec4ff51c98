package org.conflictkg.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryScopeException;
import org.apache.jena.sparql.syntax.syntaxtransform.QuerySyntaxSubstituteScope;

/**
 * The parameters a query takes, read from its header comment: the comment lines before the first line of SPARQL,
 * where each {@code # @param NAME KIND [description]} declares the variable {@code ?NAME} a parameter of that
 * {@link ParameterKind} ({@code actor}, {@code cameo-family}, {@code date}, {@code number}, {@code modality}):
 *
 * <pre>
 * # @param actor          actor         either side of the event (--param actor=Russia)
 * # @param family         cameo-family  a CAMEO root code or family name (--param family=fight)
 * # @param from           date          the first day (--param from=2016-10-01)
 * </pre>
 *
 * A query that declares parameters takes those and no others. A query that declares none (SPARQL typed on the
 * command line) takes any of its variables, each read by the shape of its value.
 *
 * <p>Immutable and thread-safe.
 */
public final class QueryParameters {
    private static final Pattern DECLARATION = Pattern.compile("#\\s*@param\\b(.*)");
    /** SPARQL 1.1's VARNAME (grammar rule 166), without the rarely used combining characters. */
    private static final Pattern VARNAME = Pattern.compile("[\\p{L}_0-9][\\p{L}_0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*");

    private final Map<String, ParameterKind> declared;
    private final Set<String> variables;

    private QueryParameters(Map<String, ParameterKind> declared, Set<String> variables) {
        this.declared = Collections.unmodifiableMap(declared);
        this.variables = Collections.unmodifiableSet(variables);
    }

    /**
     * The parameters of a parsed query and its text.
     *
     * @throws IllegalArgumentException when the header declares a parameter badly: no kind, an unknown kind, a name
     *                                  twice, or a variable the query does not use or assigns itself
     */
    public static QueryParameters of(String sparql, Query query) {
        Set<String> variables = new TreeSet<>();
        Set<Var> mentioned = new java.util.HashSet<>(OpVars.mentionedVars(Algebra.compile(query)));
        mentioned.addAll(query.getProjectVars()); // a variable that is only selected is unbound, but still the query's
        for (Var v : mentioned) {
            // a variable the query assigns (BIND, VALUES, AS) cannot be bound from outside: Jena refuses to substitute it
            if (v.isNamedVar() && VARNAME.matcher(v.getVarName()).matches() && !assigned(query, v.getVarName())) {
                variables.add(v.getVarName());
            }
        }
        Map<String, ParameterKind> declared = new LinkedHashMap<>();
        for (String line : header(sparql)) {
            Matcher m = DECLARATION.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String[] words = m.group(1).strip().split("\\s+", 3);
            if (words.length < 2) {
                throw new IllegalArgumentException("query header: '" + line.strip() + "' needs a name and a kind (# @param NAME KIND)");
            }
            String name = words[0].replaceFirst("^[?$]", "");
            ParameterKind kind = ParameterKind.of(words[1]).orElseThrow(() -> new IllegalArgumentException(
                    "query header: ?" + name + " has the unknown kind '" + words[1] + "' (use " + ParameterKind.keywords() + ")"));
            if (assigned(query, name)) {
                throw new IllegalArgumentException("query header declares ?" + name
                        + ", which the query assigns itself (BIND, VALUES or AS), so it cannot be a parameter");
            }
            if (!variables.contains(name)) {
                throw new IllegalArgumentException("query header declares ?" + name + ", which the query does not use");
            }
            if (declared.put(name, kind) != null) {
                throw new IllegalArgumentException("query header declares ?" + name + " twice");
            }
        }
        return new QueryParameters(declared, variables);
    }

    /** The comment lines before the first line of SPARQL. */
    private static List<String> header(String sparql) {
        List<String> out = new ArrayList<>();
        for (String line : sparql.lines().toList()) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                break;
            }
            out.add(l);
        }
        return out;
    }

    private static boolean assigned(Query query, String name) {
        try {
            QuerySyntaxSubstituteScope.scopeCheck(query, List.of(Var.alloc(name)));
            return false;
        } catch (QueryScopeException e) {
            return true;
        }
    }

    /** The declared parameters and their kinds, in the order of the header; empty when the query declares none. */
    public Map<String, ParameterKind> declared() {
        return declared;
    }

    /** The names the query takes: the declared parameters, or else every variable the query does not assign itself. */
    public Set<String> names() {
        return declared.isEmpty() ? variables : declared.keySet();
    }

    /** The declared kind of a parameter; empty for an undeclared variable (its value's shape decides). */
    public Optional<ParameterKind> kind(String name) {
        return Optional.ofNullable(declared.get(name));
    }

    /**
     * Checks that a name may be bound in this query.
     *
     * @throws QueryParameterException when the name is no SPARQL variable name or no parameter of the query
     */
    public void check(String name, String value) {
        if (!VARNAME.matcher(name).matches()) {
            throw new QueryParameterException(name, value, "'" + name + "' is not a SPARQL variable name "
                    + "(letters, digits and underscores); " + listing());
        }
        if (!names().contains(name)) {
            throw new QueryParameterException(name, value, "the query has no parameter ?" + name + "; " + listing());
        }
    }

    /** "its parameters are ?a, ?b", or "it has none". */
    private String listing() {
        return names().isEmpty() ? "it has none"
                : "its parameters are " + String.join(", ", names().stream().map(n -> "?" + n).toList());
    }
}
