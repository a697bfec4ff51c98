package org.conflictkg.actors;

import static org.conflictkg.actors.MentionSpans.add;
import static org.conflictkg.actors.MentionSpans.isNameToken;
import static org.conflictkg.actors.MentionSpans.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictkg.actors.Mention.Kind;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Groups described by their backer: "Iranian-backed militias", "pro-Russian forces" are neither the backer nor its
 * forces, but one group of their own per backer and kind of force.
 */
final class BackedGroups {

    private static final Set<String> BACKING = Lexicon.list("backing");

    private final Gazetteer gazetteer;
    private final MintedActors minted;

    BackedGroups(Gazetteer gazetteer, MintedActors minted) {
        this.gazetteer = gazetteer;
        this.minted = minted;
    }

    /**
     * "X-backed militias" are neither X nor its forces: they are a group of their own, which X backs (the relation
     * stage reads "backs" from the compound). A "pro-X" group is not X either. Such a group becomes one node per
     * backer: "Iran-backed militias". A "pro-X" word that describes anything else is no mention of X.
     */
    void find(Sentence s, List<Mention> found, boolean[] used) {
        List<Mention> pro = new ArrayList<>();
        for (Mention m : List.copyOf(found)) {
            if (m.sentence() != s.index() || m.modifier() == null) {
                continue;
            }
            boolean isPro = m.modifier().equals("pro");
            if (!isPro && !BACKING.contains(m.modifier())) {
                continue;
            }
            if (isPro) {
                pro.add(m);
            }
            Actor backer = m.actor();
            if (!backer.type().isAgent()) {
                continue;
            }
            int j = m.last();
            String nation = null;
            while (j < s.size() && j - m.last() < 4 && !used[j]) {
                Token t = s.token(j);
                String lw = t.text().toLowerCase(Locale.ROOT);
                if (Lexicon.GROUP_HEADS.contains(lw)) {
                    break;
                }
                boolean demonym = !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0))
                        && gazetteer.demonym(t.text()).isPresent();
                if (gazetteer.isGenericWord(lw)) {
                    j = -1; // "Turkish-backed rebel forces": the rebels, read as a generic
                    break;
                }
                if (demonym && nation == null) {
                    nation = t.text();
                } else if (!(t.tag().startsWith("JJ") || t.tag().startsWith("NN") && !isNameToken(t)
                        || Names.isAcronym(t.text()) && t.text().length() >= 2)) {
                    j = -1;
                    break;
                }
                j++;
            }
            if (j < 0 || j >= s.size() || used[j] || !Lexicon.GROUP_HEADS.contains(s.token(j).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String head = plural(s.token(j).text().toLowerCase(Locale.ROOT));
            String label = isPro
                    ? "pro-" + (backer.demonyms().isEmpty() ? backer.label() : backer.demonyms().get(0)) + " " + head
                    : backer.label() + "-" + m.modifier() + " " + (nation == null ? "" : nation + " ") + head;
            Actor group = minted.actor(label, ActorType.ARMED_GROUP);
            int from = isPro ? m.first() : m.last();
            add(found, used, mention(s, from, j + 1, group, Kind.DESCRIPTION));
            if (isPro) {
                found.remove(m);
                pro.remove(m);
            }
        }
        found.removeAll(pro);
    }

    /** One head per kind of group, so that "Iran-backed fighters" and "Iranian-backed militias" are one node. */
    private static String plural(String noun) {
        return switch (noun) {
            case "forces", "troops", "units", "battalions", "brigades" -> "forces";
            default -> "militias";
        };
    }
}
