package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.List;
import org.conflictkg.actors.ActorType;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;

/**
 * Relations a mention states by its own words, whatever the clause says of it: a title ("Turkish President Tayyip
 * Erdogan" leads Turkey, "Foreign Minister X" is part of it) and a backer's compound ("Turkish-backed rebels": Turkey
 * backs them). One instance per sentence.
 */
final class NamedRelations {
    /** A relation a mention states: its subject, the words, the relation, its CAMEO code (or null) and its object. */
    record Fact(Mention subject, String surface, Relation relation, String cameo, Mention object) {}

    private final Sentence s;
    private final List<Mention> mentions;
    private final PhraseMentions phrases;

    NamedRelations(Sentence s, List<Mention> mentions, PhraseMentions phrases) {
        this.s = s;
        this.mentions = mentions;
        this.phrases = phrases;
    }

    /** "Turkish President Tayyip Erdogan": Erdogan leads Turkey; "Foreign Minister X": X is part of it. */
    List<Fact> titles() {
        List<Fact> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.title() == null || m.affiliation() == null || !m.actor().is(ActorType.PERSON)) {
                continue;
            }
            Mention org = new Mention(m.sentence(), m.first(), m.last(), m.start(), m.end(), m.title(),
                    m.affiliation(), Mention.Kind.NAME, null, null, false, null);
            Relation r = m.leader() ? Relation.LEADER_OF : Relation.MEMBER_OF;
            out.add(new Fact(m, m.title(), r, null, org));
        }
        return out;
    }

    /** "Turkish-backed rebels": Turkey backs the rebels, whatever the clause says of them. */
    List<Fact> compounds() {
        List<Fact> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.modifier() == null || !PhraseMentions.BACKED.contains(m.modifier())) {
                continue;
            }
            Mention o = null;
            if (s.parsed()) {
                for (int h : s.ancestors(m.last() - 1)) {
                    if (!m.contains(h)) {
                        List<Mention> found = phrases.mentionsOf(h, 0);
                        o = found.isEmpty() ? null : found.get(0);
                        break;
                    }
                }
            }
            if (o == null && m.last() < s.size() && !phrases.at(m.last()).isEmpty()) {
                o = phrases.at(m.last()).get(0); // no tree or none above: the next word ("Turkish-backed FSA")
            }
            if (o != null && o.modifier() != null && PhraseMentions.STANCES.contains(o.modifier())) {
                o = null; // "the Saudi-backed anti-Syrian alliance": Saudi Arabia backs the alliance, not Syria
            }
            if (o != null && o != m && o.actor().type().isAgent()) {
                Relation r = m.modifier().equals("allied") ? Relation.ALLIED_WITH : Relation.BACKS;
                String cameo = r == Relation.BACKS ? "07" : "05";
                out.add(new Fact(m, m.modifier(), r, cameo, o));
            }
        }
        return out;
    }
}
