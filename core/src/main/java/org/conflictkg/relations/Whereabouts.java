package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.conflictkg.actors.ActorType;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;

/**
 * Where the acts of one sentence go on and whom they reach through a place: the places an attack hit or happened in
 * ("the town of Tadef", "the mosque in Mosul", "strikes on ISIL targets near Mosul"), and the states whose people
 * aid reaches ("aid to people in Yemen").
 */
final class Whereabouts {
    private static final Set<String> LOCATIVE = Set.of("in", "near", "around", "outside", "across", "inside", "at",
            "throughout", "over", "into", "on");
    /**
     * Prepositions that put an attack or its site in a place: "captured the mosque in Mosul", "strikes in Idlib"; not
     * "an airport outside Homs", "positions near Afrin", "a raid across the Euphrates", which only locate it.
     */
    private static final Set<String> WITHIN = Set.of("in", "inside", "at", "into", "throughout", "on");

    private final Sentence s;
    private final PhraseMentions phrases;
    private final Roles roles;
    private final Cues cues;

    Whereabouts(Sentence s, PhraseMentions phrases, Roles roles, Cues cues) {
        this.s = s;
        this.phrases = phrases;
        this.roles = roles;
        this.cues = cues;
    }

    /**
     * The states whose people an act of aid reaches: "aid to people in Yemen", "supplies for refugees in Lebanon". A
     * beneficiary noun (people, refugees, children) at or below the object of an aid frame, with an "in" phrase that
     * names a state, makes that state the recipient, as CAMEO codes aid to a country's people.
     */
    List<Mention> beneficiaryStates(Frame f, int t) {
        // what follows the trigger in its own phrase: "provided 28 million euros to pay for aid for those affected in
        // Yemen" reaches the people through a purpose clause that no slot of the frame walks
        for (int k = t + 1; k < s.subtreeEnd(t); k++) {
            String lemma = s.token(k).lemma();
            boolean beneficiary = s.token(k).isNoun() && (cues.is(lemma, Cues.Effect.BYSTANDER)
                    || Set.of("population", "household", "community").contains(lemma)) || lemma.equals("those");
            if (!beneficiary) {
                continue;
            }
            List<Integer> holders = new ArrayList<>(List.of(k));
            holders.addAll(s.children(k, "acl")); // "those affected in Yemen"
            for (int h : holders) {
                for (int p : s.children(h, "prep")) {
                    if (s.token(p).lemma().equals("in")) {
                        List<Mention> states = phrases.resolve(s.children(p, "pobj")).stream()
                                .filter(m -> m.actor().is(ActorType.STATE)).toList();
                        if (!states.isEmpty()) {
                            return states;
                        }
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The places of an attack with no actor as object. {@code hit} are the places the attack was on: those a site
     * or area it hit names ("the town of Tadef", "the villages of A and B"), and for a military site the state it is
     * in ("a military base in southern Somalia"). {@code within} are the places the attack hit something in or took
     * place in, when it names no place it hit: "the mosque in Mosul", "positions in Afrin", "villages in the Hama
     * countryside", "an airstrike in Raqqa". An attack on anything else named ("ambulances in the Golan") and an
     * operation in a place ("military operations in the Middle East") give neither.
     */
    record AttackPlaces(List<Mention> hit, List<Mention> within) {}

    AttackPlaces objectPlaces(Frame f, int t) {
        List<Mention> hit = new ArrayList<>();
        List<Mention> within = new ArrayList<>();
        boolean object = false;
        boolean site = false;
        boolean military = false;
        for (Slot alt : f.object()) {
            List<Integer> tokens = roles.objectTokens(alt, t);
            for (int o : tokens) {
                object = true;
                String lemma = s.token(o).lemma();
                if (!cues.is(lemma, Cues.Effect.AREA) && !cues.is(lemma, Cues.Effect.SITE)) {
                    continue;
                }
                site = true;
                boolean named = phrases.hasOwnName(o);
                if (!named && !cues.is(lemma, Cues.Effect.SURROUNDINGS)) {
                    // "the town of Tadef" is Tadef; "the Salhiya district of Hasakeh" and "the suburbs of Damascus"
                    // are in those places
                    addPlaces(o, Set.of("of"), false, hit);
                }
                if (isMilitary(o)) {
                    military = true;
                    addStates(o, LOCATIVE, hit);
                }
                addPlaces(o, WITHIN, false, within);
                if (named || cues.is(lemma, Cues.Effect.SURROUNDINGS)) {
                    addPlaces(o, Set.of("of"), false, within);
                }
            }
            if (!hit.isEmpty()) {
                return new AttackPlaces(hit, List.of());
            }
        }
        if (object && !site) {
            return new AttackPlaces(List.of(), List.of()); // "attacked ambulances in the Golan": on them, not there
        }
        if (military) {
            addStates(t, WITHIN, hit); // "stormed a police headquarters in Afghanistan", the place hung from the verb
            if (!hit.isEmpty()) {
                return new AttackPlaces(hit, List.of());
            }
        }
        if (within.isEmpty() && !cues.is(s.token(t).lemma(), Cues.Effect.THEATRE)) {
            // "an airstrike in Raqqa", "struck targets in Aleppo" where the parser hangs the place from the verb; but
            // "operations in the Middle East" go on there, whatever they are
            addPlaces(t, WITHIN, false, within);
        }
        return new AttackPlaces(List.of(), within);
    }

    /** Adds the states named after the given prepositions below token {@code r}: "a military base in Nigeria". */
    private void addStates(int r, Set<String> prepositions, List<Mention> out) {
        for (int p : s.children(r, "prep")) {
            if (prepositions.contains(s.token(p).lemma())) {
                for (Mention m : phrases.resolve(s.children(p, "pobj"))) {
                    if (m.actor().is(ActorType.STATE) && !out.contains(m)) {
                        out.add(m);
                    }
                }
            }
        }
    }

    /**
     * A military or police site: "a military base", "police headquarters", "army positions", "the barracks". Unless
     * it names its owner ("a US base"), it is the state's whose territory it is in, so an attack on it in a state
     * attacks that state; an attack on a hospital or a town in a state does not.
     */
    private boolean isMilitary(int site) {
        if (cues.is(s.token(site).lemma(), Cues.Effect.MILITARY)) {
            return true;
        }
        for (int c : s.children(site)) {
            String d = s.dep(c);
            if ((d.equals("amod") || d.equals("nmod") || d.equals("compound"))
                    && cues.is(s.token(c).lemma(), Cues.Effect.MILITARY)) {
                return true;
            }
        }
        return false;
    }

    /** Places under the trigger or its objects: "strikes on ISIL targets near Mosul". */
    List<Mention> places(int t, List<Mention> objects) {
        List<Mention> out = new ArrayList<>();
        for (Mention o : objects) {
            if (o.actor().is(ActorType.PLACE)) {
                out.add(o);
            }
        }
        List<Integer> roots = new ArrayList<>();
        roots.add(t);
        for (Mention o : objects) {
            for (int k : s.ancestors(o.last() - 1)) {
                if (k == t) {
                    break;
                }
                roots.add(k); // "positions near Palmyra": the phrase the object mention is in
                roots.addAll(s.children(k, "appos")); // "targets of ISIS, the terrorist group in Idlib"
            }
        }
        for (int r : roots) {
            addPlaces(r, LOCATIVE, false, out);
        }
        return out;
    }

    /**
     * Adds the places named after the given prepositions below token {@code r}: "in Mosul", "near Afrin"; with
     * {@code states}, a state too ("a military base in northeast Nigeria").
     */
    private void addPlaces(int r, Set<String> prepositions, boolean states, List<Mention> out) {
        for (int p : s.children(r, "prep")) {
            if (prepositions.contains(s.token(p).lemma())) {
                for (Mention m : phrases.resolve(s.children(p, "pobj"))) {
                    boolean where = m.actor().is(ActorType.PLACE) || states && m.actor().is(ActorType.STATE);
                    if (where && !out.contains(m)) {
                        out.add(m);
                    }
                }
            }
        }
    }
}
