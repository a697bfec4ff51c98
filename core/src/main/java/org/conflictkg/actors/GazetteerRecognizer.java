package org.conflictkg.actors;

import static org.conflictkg.actors.MentionSpans.afterLocative;
import static org.conflictkg.actors.MentionSpans.isCapitalized;
import static org.conflictkg.actors.MentionSpans.mentionAt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictkg.actors.Mention.Kind;
import org.conflictkg.nlp.Sentence;

/**
 * Recognizes actors with the gazetteer, titles, demonyms and a small coreference model, in one pass over the
 * document so that later sentences can refer back ("he", "the Syrian leader", "Rudskoi"). Each kind of mention is a
 * pass of its own class over the sentence ({@link KnownNames}, {@link PlaceNames}, {@link BackedGroups},
 * {@link Titles}, {@link TypedNames}, {@link HeadNouns}, {@link Demonyms}, {@link Generics}, {@link References});
 * the passes share the sentence's found mentions and the tokens they took. This class orders them and joins what
 * the document says across sentences: aliases it gives ("X, or Y"), surnames of people named in full.
 */
final class GazetteerRecognizer implements ActorRecognizer {
    /** Compound modifiers that make the word a description of a place ("rebel-held"), not a mention of an actor. */
    private static final Set<String> PLACE_MODIFIERS = Lexicon.list("place-modifiers");

    private final Gazetteer gazetteer;
    private final NameTyper names;
    /** Names the gazetteer does not know: one type per id in every document. */
    private final MintedActors minted;

    // the passes over a sentence, in the order recognize(Sentence, DocumentState) runs them
    private final KnownNames knownNames;
    private final PlaceNames placeNames;
    private final BackedGroups backedGroups;
    /** People named with a title, and known people named by surname. */
    private final Titles titles;
    private final TypedNames typedNames;
    private final HeadNouns headNouns;
    /** Nationality words: "Russian jets", "the Iraqis", "Kurdish fighters". */
    private final Demonyms demonyms;
    private final Generics generics;
    /** Pronouns and descriptions that refer back. */
    private final References references;

    GazetteerRecognizer(Gazetteer gazetteer, NameTyper names) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.minted = new MintedActors(gazetteer);
        this.knownNames = new KnownNames(gazetteer);
        this.placeNames = new PlaceNames(gazetteer, minted);
        this.backedGroups = new BackedGroups(gazetteer, minted);
        this.titles = new Titles(gazetteer, minted);
        this.typedNames = new TypedNames(gazetteer, names, minted, titles);
        this.headNouns = new HeadNouns(gazetteer);
        this.demonyms = new Demonyms(gazetteer, minted);
        this.generics = new Generics(gazetteer);
        this.references = new References(gazetteer);
    }

    @Override
    public List<List<Mention>> recognize(List<Sentence> sentences) {
        names.clearAdaptiveData(); // what the name finder learned from the previous document does not carry over
        DocumentState doc = new DocumentState();
        // first pass: names only, to learn what the article is about
        List<List<Mention>> names = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Mention> found = new ArrayList<>();
            boolean[] used = new boolean[s.size()];
            knownNames.find(s, found, used);
            names.add(found);
            for (Mention m : found) {
                if (m.actor().is(ActorType.STATE)) {
                    doc.stateCounts.merge(m.actor().id(), 1, Integer::sum);
                }
                if (m.actor().is(ActorType.COALITION) && doc.namedCoalition == null) {
                    doc.namedCoalition = m.actor();
                }
            }
            for (int i = 0; i < s.size(); i++) {
                String w = s.token(i).text();
                if (!used[i] && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    gazetteer.demonym(w).ifPresent(a -> doc.stateCounts.merge(a.id(), 1, Integer::sum));
                }
            }
        }
        List<List<Mention>> out = new ArrayList<>();
        for (Sentence s : sentences) {
            out.add(recognize(s, doc));
        }
        return joinTextAliases(sentences, joinSurnames(out));
    }

    /**
     * A name the text itself gives as another name of an actor: "the Sultan Murad Legion, or the Murad Army,", "the
     * Syrian Observatory for Human Rights (SOHR)". When one of the two names is not in the gazetteer, it is that
     * actor's alias in this document: its mentions become the other's, and the actor carries the alias (so the
     * graph writes it as a skos:altLabel). A list ("Russia, Iran, or Hezbollah") is no alias.
     */
    private List<List<Mention>> joinTextAliases(List<Sentence> sentences, List<List<Mention>> doc) {
        Map<String, Actor> renamed = new HashMap<>();
        for (int i = 0; i < doc.size(); i++) {
            Sentence s = sentences.get(i);
            List<Mention> ms = doc.get(i);
            for (int k = 0; k + 1 < ms.size(); k++) {
                Mention x = ms.get(k);
                Mention y = ms.get(k + 1);
                if (!introducesAlias(s, x, y)) {
                    continue;
                }
                boolean xKnown = gazetteer.byId(x.actor().id()).isPresent();
                boolean yKnown = gazetteer.byId(y.actor().id()).isPresent();
                Actor main = renamed.getOrDefault(x.actor().id(), x.actor());
                if (xKnown && yKnown || x.actor().id().equals(y.actor().id())) {
                    continue;
                }
                Mention alias = y;
                if (!xKnown && yKnown) {
                    main = y.actor(); // "the Syrian Democratic Forces (SDF)" when only the acronym is known
                    alias = x;
                }
                List<String> names = new ArrayList<>(main.aliases());
                if (!names.contains(alias.actor().label()) && !main.label().equals(alias.actor().label())) {
                    names.add(alias.actor().label());
                }
                Actor joined = new Actor(main.id(), main.type(), main.label(), names, main.demonyms(), main.country(),
                        main.wikidata());
                renamed.put(main.id(), joined);
                renamed.put(alias.actor().id(), joined);
            }
        }
        if (renamed.isEmpty()) {
            return doc;
        }
        List<List<Mention>> out = new ArrayList<>(doc.size());
        for (List<Mention> ms : doc) {
            List<Mention> copy = new ArrayList<>(ms.size());
            for (Mention m : ms) {
                Actor a = renamed.get(m.actor().id());
                copy.add(a == null ? m : new Mention(m.sentence(), m.first(), m.last(), m.start(), m.end(), m.text(), a,
                        m.kind(), m.title(), m.affiliation(), m.leader(), m.modifier()));
            }
            out.add(copy);
        }
        return out;
    }

    /** "X, or (the) Y," and "X (Y)": two names of one actor, of compatible kinds, not items of a list. */
    static boolean introducesAlias(Sentence s, Mention x, Mention y) {
        // "the Nigerian Air Force (NAF)": a state's organ named by its adjective has an acronym too
        boolean organ = x.kind() == Kind.DEMONYM && !x.actor().is(ActorType.STATE) && x.last() - x.first() >= 2;
        if (x.kind() != Kind.NAME && x.kind() != Kind.TYPED && !organ || y.kind() != Kind.NAME && y.kind() != Kind.TYPED
                || x.actor().is(ActorType.PLACE) != y.actor().is(ActorType.PLACE)
                || x.actor().is(ActorType.PERSON) != y.actor().is(ActorType.PERSON)) {
            return false;
        }
        List<String> between = new ArrayList<>();
        for (int t = x.last(); t < y.first(); t++) {
            between.add(s.token(t).text().toLowerCase(Locale.ROOT));
        }
        String after = y.last() < s.size() ? s.token(y.last()).text() : ".";
        String before = x.first() > 0 ? s.token(x.first() - 1).text().toLowerCase(Locale.ROOT) : "";
        if (before.equals(",") || before.equals("and") || before.equals("or")) {
            return false; // "Russia, Iran, or Hezbollah"
        }
        boolean or = (between.equals(List.of(",", "or")) || between.equals(List.of(",", "or", "the")))
                && Set.of(",", ")", ".", ";").contains(after);
        boolean parenthesis = between.equals(List.of("(")) && after.equals(")");
        return or || parenthesis;
    }

    /**
     * A person known only by a surname ("Deputy Prime Minister Kurtulmus") that the document names in full elsewhere
     * ("Numan Kurtulmus") is that person, also when the surname comes first.
     */
    private static List<List<Mention>> joinSurnames(List<List<Mention>> doc) {
        Map<String, Actor> full = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (List<Mention> ms : doc) {
            for (Mention m : ms) {
                String[] parts = m.actor().label().split("\\s+");
                if (m.actor().is(ActorType.PERSON) && parts.length >= 2) {
                    String key = Names.key(parts[parts.length - 1]);
                    if (full.putIfAbsent(key, m.actor()) == null) {
                        seen.put(key, 1);
                    } else if (!full.get(key).id().equals(m.actor().id())) {
                        seen.merge(key, 1, Integer::sum); // two people share the surname: leave it alone
                    }
                }
            }
        }
        List<List<Mention>> out = new ArrayList<>();
        for (List<Mention> ms : doc) {
            List<Mention> copy = new ArrayList<>(ms.size());
            for (Mention m : ms) {
                Actor a = m.actor();
                String key = Names.key(a.label());
                if (a.is(ActorType.PERSON) && !a.label().contains(" ") && a.aliases().isEmpty() && a.wikidata() == null
                        && full.containsKey(key) && seen.get(key) == 1) {
                    m = new Mention(m.sentence(), m.first(), m.last(), m.start(), m.end(), m.text(), full.get(key),
                            m.kind(), m.title(), m.affiliation(), m.leader(), m.modifier());
                }
                copy.add(m);
            }
            out.add(copy);
        }
        return out;
    }

    private List<Mention> recognize(Sentence s, DocumentState doc) {
        List<Mention> found = new ArrayList<>();
        boolean[] used = new boolean[s.size()];
        knownNames.find(s, found, used);
        placeNames.findRegions(s, found, used);
        placeNames.placeCapitals(s, found);
        backedGroups.find(s, found, used);
        titles.find(s, found, used, doc);
        titles.findKnownSurnames(s, found, used, doc);
        placeNames.findAfterPlaceNouns(s, found, used);
        typedNames.find(s, found, used, doc);
        expandAcronyms(s, found, doc);
        headNouns.extend(s, found, used, doc);
        demonyms.find(s, found, used, doc);
        generics.find(s, found, used, doc);
        found.removeIf(m -> isHeldPlace(s, m, found) || isDisambiguator(s, m, found));
        references.find(s, found, used, doc);
        dropPossessors(s, found);
        found.sort(Comparator.comparingInt(Mention::first));
        for (Mention m : found) {
            doc.saw(m, afterLocative(s, m));
        }
        return found;
    }

    /**
     * An acronym the gazetteer does not know, of the initials of a name the document gave in full before ("the ISF"
     * after "Iraqi Security Forces", "PMF" after "Popular Mobilization Forces"): that actor, not a new organization.
     */
    private static void expandAcronyms(Sentence s, List<Mention> found, DocumentState doc) {
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (m.kind() != Kind.TYPED || m.last() - m.first() != 1 || !Names.isAcronym(m.text())) {
                continue;
            }
            Actor full = doc.byInitials.get(m.text().replace(".", ""));
            if (full != null) {
                found.set(k, new Mention(m.sentence(), m.first(), m.last(), m.start(), m.end(), m.text(), full,
                        Kind.NAME, null, null, false, m.modifier()));
            }
        }
    }

    /**
     * A state or place in parentheses right after a name that is not its own, as encyclopedias write to tell names
     * apart: "the Islamic Front (Syria)" is a group, not Syria. An acronym there is the name's ("(SDF)") and stays.
     */
    private static boolean isDisambiguator(Sentence s, Mention m, List<Mention> found) {
        if (!(m.actor().is(ActorType.STATE) || m.actor().is(ActorType.PLACE)) || m.first() < 2 || m.last() >= s.size()
                || !s.token(m.first() - 1).text().equals("(") || !s.token(m.last()).text().equals(")")
                || !s.token(m.first() - 2).isProperNoun()) {
            return false;
        }
        int before = m.first() - 2;
        return found.stream().noneMatch(o -> o != m && o.first() <= before && before < o.last()
                && o.actor().equals(m.actor()));
    }

    /**
     * "rebel-held Aleppo", "a US-controlled airbase": the place is meant, not the actor that holds it, which is no
     * mention of its own. An armed group holding unnamed ground ("strikes on rebel-held areas") stays the target: the
     * areas stand for the group's positions.
     */
    private static boolean isHeldPlace(Sentence s, Mention m, List<Mention> found) {
        if (m.modifier() == null || !PLACE_MODIFIERS.contains(m.modifier())) {
            return false;
        }
        Mention next = m.last() < s.size() ? mentionAt(found, s.index(), m.last()) : null;
        boolean named = next != null || m.last() < s.size() && isCapitalized(s.token(m.last()));
        boolean fighters = m.actor().is(ActorType.ARMED_GROUP) || m.actor().is(ActorType.ARMED_FORCES);
        return named || !fighters;
    }

    /** "Lebanon's Hezbollah", "Iran's Quds Force": the group is meant, its country only describes it. */
    private static void dropPossessors(Sentence s, List<Mention> found) {
        found.removeIf(m -> {
            if (!m.actor().is(ActorType.STATE) || m.last() + 1 >= s.size()) {
                return false;
            }
            String w = s.token(m.last()).text();
            if (!w.equals("'s") && !w.equals("’s") && !w.equals("`s")) {
                return false;
            }
            Mention next = mentionAt(found, s.index(), m.last() + 1);
            return next != null && next.first() == m.last() + 1 && next.actor().type().isAgent()
                    && !next.actor().is(ActorType.STATE) && next.actor().country() == null
                    || next != null && next.first() == m.last() + 1 && next.actor().is(ActorType.ARMED_GROUP);
        });
    }
}
