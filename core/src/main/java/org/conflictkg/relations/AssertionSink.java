package org.conflictkg.relations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.conflictkg.actors.Actor;
import org.conflictkg.actors.ActorType;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;

/**
 * Where the assertions of one sentence are made: it drops the pairs no relation holds between (an actor and itself,
 * a state and its own organs, a place that is backed or consulted, a person who is joined or led), weighs the
 * confidence, names who claims it, keeps one assertion per pair of mentions and relation, and tells the
 * {@link UnnamedParties.Discourse} who attacked.
 */
final class AssertionSink {
    private final Sentence s;
    private final Evidence evidence;
    private final List<Assertion> out;
    private final UnnamedParties.Discourse discourse;
    private final Set<String> seen = new LinkedHashSet<>();

    AssertionSink(String documentId, Sentence s, List<Assertion> out, UnnamedParties.Discourse discourse) {
        this.s = s;
        this.evidence = new Evidence(documentId, s.index(), s.start(), s.end(), s.text());
        this.out = out;
        this.discourse = discourse;
    }

    /**
     * Asserts {@code relation} between two mentions, unless it cannot hold between them. {@code trigger} is the
     * token whose frame read it (its date hangs from it), or -1.
     */
    void add(int trigger, Mention subject, String surface, Relation relation, String cameo, Mention object,
             double base, Modality modality, Mention speaker, List<Mention> places) {
        Actor sa = subject.actor();
        Actor oa = object.actor();
        if (subject == object || sa.id().equals(oa.id()) || !sa.type().isAgent()) {
            return;
        }
        if (isPartOf(sa, oa) || isPartOf(oa, sa)) {
            return; // a state and its own forces or officials
        }
        if (!oa.type().isAgent() && !relation.takesPlaces()) {
            return; // only attacks and violence are done to places; one does not back or consult a town
        }
        if ((relation == Relation.MEMBER_OF || relation == Relation.LEADER_OF) && oa.is(ActorType.PERSON)) {
            return; // "due to join Alan Milburn for a poster launch": one joins or leads a body, not a person
        }
        Actor claimedBy = speaker != null && !speaker.actor().id().equals(sa.id()) ? speaker.actor() : null;
        double confidence = base * subject.kind().reliability() * object.kind().reliability()
                * distanceFactor(subject, object);
        emit(new Assertion(subject, surface.trim(), relation, object, modality,
                Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100.0, evidence.at(trigger), places,
                claimedBy, null, cameo));
    }

    /** An office the name itself states ("Turkish President Erdogan"), which holds whatever the clause says. */
    void addOffice(Mention holder, String surface, Relation relation, Mention office) {
        emit(new Assertion(holder, surface, relation, office, Modality.ASSERTED, 0.85, evidence, List.of(), null,
                null, null));
    }

    /**
     * Remembers the doers of an asserted attack whose target the sentence does not name ("the U.S.-led coalition
     * conducted five airstrikes."): "these strikes" that the account goes on with are still theirs.
     */
    void attackedBy(List<Mention> subjects) {
        subjects.stream().map(Mention::actor).filter(AssertionSink::canWage)
                .forEach(a -> discourse.attackBy(a, s.index()));
    }

    /** A mention joined to another by "or": "either Russian or Syrian warplanes"; the sentence does not say which. */
    boolean isDisjunct(Mention m) {
        for (int k = m.first(); k < m.last() && k < s.size(); k++) {
            if (s.token(k).text().equalsIgnoreCase("or")) {
                return true; // "Russian or Syrian regime war planes"
            }
        }
        return m.first() > 0 && s.token(m.first() - 1).text().equalsIgnoreCase("or")
                || m.last() < s.size() && s.token(m.last()).text().equalsIgnoreCase("or")
                || m.first() > 1 && s.token(m.first() - 1).tag().equals("DT")
                && s.token(m.first() - 2).text().equalsIgnoreCase("or");
    }

    private void emit(Assertion a) {
        if (a.relation() == Relation.ATTACKS && a.modality() == Modality.ASSERTED && canWage(a.subject().actor())) {
            discourse.attackBy(a.subject().actor(), s.index());
        }
        String key = a.subject().first() + "|" + a.subject().actor().id() + "|" + a.relation() + "|"
                + a.object().first() + "|" + a.object().actor().id();
        if (seen.add(key)) {
            out.add(a);
        }
    }

    /**
     * Whether an unnamed strike later in the account may be this actor's: a state or an armed body, not a monitor,
     * a media office or a person whose name stood as the subject of an attack.
     */
    private static boolean canWage(Actor a) {
        return a.is(ActorType.STATE) || a.is(ActorType.ARMED_FORCES) || a.is(ActorType.ARMED_GROUP)
                || a.is(ActorType.COALITION);
    }

    /**
     * Arguments far apart are read wrong more often: on 357 hand-judged assertions from unseen news and
     * encyclopedia text, 85% of those with subject and object within about three words of each other were right,
     * 60% at about eight words, 40% beyond fifteen. The confidence falls by 0.05 a word beyond two, to half.
     */
    private static double distanceFactor(Mention subject, Mention object) {
        int gap = object.first() >= subject.last() ? object.first() - subject.last() : subject.first() - object.last();
        return Math.max(0.5, 1 - 0.05 * Math.max(0, gap - 2));
    }

    /**
     * An actor that is an organ of a state: its forces, government bodies and officials. A rebel group or a party
     * based in a country is not ("the Taliban rejected the Afghan government's offer"), nor is a town of the state
     * ("Syrian jets bombed Aleppo", "Iraq imposed a curfew in Kirkuk").
     */
    private static boolean isPartOf(Actor part, Actor state) {
        return state.id().equals(part.country()) && part.type() != ActorType.ARMED_GROUP
                && part.type() != ActorType.ORGANIZATION && part.type() != ActorType.PLACE;
    }
}
