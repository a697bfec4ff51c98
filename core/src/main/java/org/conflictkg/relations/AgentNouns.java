package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.List;
import org.conflictkg.nlp.Sentence;

/**
 * The parties of an agent noun ("ally", "backer", "commander", "member"): the actor it names ("Russia, a key backer
 * of Assad", "NATO member Turkey") and the one it is of ("Assad's ally", "an ally of Assad"). Returns token indices,
 * as {@link Roles} does; one instance per sentence.
 */
final class AgentNouns {
    private final Sentence s;
    private final Roles roles;

    AgentNouns(Sentence s, Roles roles) {
        this.s = s;
        this.roles = roles;
    }

    /** The actor an agent noun names: "Russia, a key backer of Assad", "Russia is an ally of Syria". */
    List<Integer> selves(int n) {
        int h = s.head(n);
        if (h < 0) {
            return List.of();
        }
        String d = s.dep(n);
        if (d.equals("appos") && s.token(n).tag().equals("NNP") && !s.children(n, "appos").isEmpty()) {
            // "The Combined Joint Task Force – Inherent Resolve Commander, Lt. Gen. Townsend": a capitalised
            // title the parser hung from the body's name, with its holder in apposition to it
            return s.children(n, "appos");
        }
        if (d.equals("appos") || d.equals("compound") && s.token(h).isNoun()) {
            return List.of(h); // "Russia, an ally of ..."; "NATO member Turkey"
        }
        if (d.equals("attr") || d.equals("oprd")) {
            return roles.subjects(h); // "Russia is the closest ally of"; "Russia remains a key backer"
        }
        List<Integer> appositions = s.children(n, "appos");
        if (!appositions.isEmpty()) {
            return appositions; // "the group's main backer, Iran"
        }
        if (d.equals("pobj") && s.token(h).lemma().equals("as")) {
            int v = s.head(h);
            return v >= 0 && s.token(v).isVerb() ? roles.subjects(v) : List.of(); // "Iran acts as a patron of"
        }
        return List.of();
    }

    /** Whose the agent noun is: "Assad's ally", "an ally of Assad", "NATO member". */
    List<Integer> owners(int n) {
        List<Integer> out = new ArrayList<>();
        for (int p : s.children(n, "prep")) {
            if (s.token(p).lemma().equals("of")) {
                return s.children(p, "pobj"); // "the German chief of staff" heads the staff, not Germany
            }
        }
        for (int c : s.children(n)) {
            String d = s.dep(c);
            if (d.equals("poss") || d.equals("compound") || d.equals("nmod")) {
                out.add(c);
            } else if (d.equals("prep") && s.token(c).lemma().equals("of")) {
                out.addAll(s.children(c, "pobj"));
            }
        }
        int h = s.head(n);
        if (out.isEmpty() && s.dep(n).equals("appos") && h >= 0) {
            // "Gen. John Smith, commander, U.S. Africa Command": the press-release style hangs the body as the next
            // apposition of the name, or the parser as a second subject of the verb
            List<Integer> next = new ArrayList<>(s.children(h, "appos"));
            if (Roles.SUBJECTS.contains(s.dep(h)) && s.head(h) >= 0) {
                next.addAll(s.children(s.head(h)).stream().filter(roles::misplacedApposition).toList());
            }
            next.stream().filter(a -> a > n).sorted().findFirst().ifPresent(out::add);
        }
        return out;
    }
}
