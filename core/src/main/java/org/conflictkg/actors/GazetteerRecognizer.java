package org.conflictkg.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.actors.Mention.Kind;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Recognizes actors with the gazetteer, titles, demonyms and a small coreference model, in one pass over the
 * document so that later sentences can refer back ("he", "the Syrian leader", "Rudskoi").
 */
final class GazetteerRecognizer implements ActorRecognizer {
    private static final Set<String> COMPOUND_RELATIONS = Lexicon.list("compound-relations");

    /** Compound modifiers that make the word a description of a place ("rebel-held"), not a mention of an actor. */
    private static final Set<String> PLACE_MODIFIERS = Lexicon.list("place-modifiers");

    /** Below this probability a name the gazetteer does not know is left untyped. */
    private static final double MIN_NAME_PROBABILITY = 0.6;

    private final Gazetteer gazetteer;
    private final NameTyper names;
    /** Names the gazetteer does not know: one type per id in every document. */
    private final MintedActors minted;

    /** People named with a title, and known people named by surname. */
    private final Titles titles;
    /** Nationality words: "Russian jets", "the Iraqis", "Kurdish fighters". */
    private final Demonyms demonyms;
    /** Pronouns and descriptions that refer back. */
    private final References references;

    GazetteerRecognizer(Gazetteer gazetteer, NameTyper names) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.minted = new MintedActors(gazetteer);
        this.references = new References(gazetteer);
        this.demonyms = new Demonyms(gazetteer, minted);
        this.titles = new Titles(gazetteer, minted);
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
            findNames(s, found, used);
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
        findNames(s, found, used);
        findRegions(s, found, used);
        placeCapitals(s, found);
        findBackedGroups(s, found, used);
        titles.find(s, found, used, doc);
        titles.findKnownSurnames(s, found, used, doc);
        findPlacesAfterPlaceNouns(s, found, used);
        findTypedNames(s, found, used, doc);
        expandAcronyms(s, found, doc);
        extendHeads(s, found, used, doc);
        demonyms.find(s, found, used, doc);
        findGenerics(s, found, used, doc);
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

    // ---- names -------------------------------------------------------------------------------------------

    private void findNames(Sentence s, List<Mention> found, boolean[] used) {
        int n = s.size();
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                continue;
            }
            boolean matched = false;
            boolean surname = false;
            for (int len = Math.min(gazetteer.longestName(), n - i); len >= 1 && !matched; len--) {
                if (!anyCapital(s, i, i + len) || !free(used, i, i + len) || !isWord(s.token(i + len - 1))
                        || !isWord(s.token(i))
                        || len > 1 && s.token(i).text().equalsIgnoreCase("the")) {
                    continue; // names compare without "the", so a mention never starts with it
                }
                String written = s.text(i, i + len);
                Optional<Actor> a = gazetteer.lookup(written);
                if (a.isPresent() && len == 1 && a.get().is(ActorType.PERSON) && i > 0 && isNameToken(s.token(i - 1))
                        && !used[i - 1] && !Lexicon.TITLE_WORDS.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT))
                        && !NameTyper.isTitle(s.token(i - 1).text())) {
                    continue; // "Elizabeth Trudeau" is not the Trudeau the gazetteer knows; "Mr. Erdogan" is Erdogan
                }
                if (a.isPresent() && len == 1 && a.get().is(ActorType.PLACE) && written.startsWith("al-") && i > 0
                        && isNameToken(s.token(i - 1)) && !used[i - 1]) {
                    surname = true; // "Samir al-Ramadi": a surname from a town is not the town
                    break;
                }
                if (a.isPresent() && continuesEntity(s, i) && !used[i - 1] && isNameToken(s.token(i - 1))
                        && gazetteer.demonym(s.token(i - 1).text()).isEmpty() && !NameTyper.isTitle(s.token(i - 1).text())
                        && !Lexicon.PERSON_TITLES.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT))) {
                    surname = true; // "Iran's Supreme National Security Council" is not the "Security Council"
                    break;
                }
                if (a.isPresent() && !a.get().is(ActorType.PLACE) && !a.get().is(ActorType.STATE)
                        && namesAFacility(s, i + len)) {
                    surname = true; // "the Assad Hospital", "the al-Shabab team": a name given to something else
                    break;
                }
                if (a.isPresent() && !(len == 1 && isSentenceInitialWord(s, i, written))) {
                    add(found, used, mention(s, i, i + len, a.get(), Kind.NAME));
                    matched = true;
                }
            }
            if (!matched && !surname) {
                matched = possessiveWithoutApostrophe(s, i, found, used);
            }
            if (!matched && !surname) {
                compound(s, i, found, used);
            }
        }
    }

    private static final Set<String> CLUB_WORDS = Lexicon.list("club-words");

    /**
     * Whether the word at {@code k} makes the name before it the name of a building or a club: a capitalized
     * facility word ("Assad Hospital", "Khomeini Airport") or a sports club's head noun ("al-Shabab team").
     */
    private static boolean namesAFacility(Sentence s, int k) {
        if (k >= s.size()) {
            return false;
        }
        String w = s.token(k).text();
        String lw = w.toLowerCase(Locale.ROOT);
        return CLUB_WORDS.contains(lw) || Character.isUpperCase(w.charAt(0)) && Lexicon.FACILITY_WORDS.contains(lw);
    }

    /**
     * Text that lost its apostrophes writes "Syrias army", "Assads forces": a capitalized word that is a known state
     * or person plus "s", before a word of its noun phrase, is that actor. The word itself must be unknown.
     */
    private boolean possessiveWithoutApostrophe(Sentence s, int i, List<Mention> found, boolean[] used) {
        String w = s.token(i).text();
        if (w.length() >= 3 && w.length() <= 7 && w.endsWith("s") && i + 1 < s.size()
                && w.substring(0, w.length() - 1).chars().allMatch(Character::isUpperCase)
                && s.token(i + 1).tag().startsWith("NN") && Character.isLowerCase(s.token(i + 1).text().charAt(0))) {
            // "ISILs positions": an acronym the gazetteer knows, as a possessive that lost its apostrophe
            Optional<Actor> a = gazetteer.lookup(w.substring(0, w.length() - 1)).filter(x -> !x.is(ActorType.PLACE));
            a.ifPresent(actor -> add(found, used, mention(s, i, i + 1, actor, Kind.NAME)));
            return a.isPresent();
        }
        int body = w.startsWith("al-") ? 4 : 1; // "Bashar al-Assads forces"
        if (w.length() < body + 3 || !w.endsWith("s") || !Character.isUpperCase(w.charAt(body - 1)) || i + 1 >= s.size()
                || !w.substring(body).chars().allMatch(Character::isLowerCase) || gazetteer.lookup(w).isPresent()) {
            return false;
        }
        String next = s.token(i + 1).text();
        String nextTag = s.token(i + 1).tag();
        if (!(nextTag.startsWith("NN") || nextTag.startsWith("JJ") || nextTag.equals("CD"))
                || !Character.isLowerCase(next.charAt(0))) {
            return false; // "Syrias army", not "Jordans King Abdullah" (a title)
        }
        if (i > 0 && Character.isUpperCase(s.token(i - 1).text().charAt(0)) && s.token(i - 1).isProperNoun()) {
            // "Bashar al-Assads forces": the whole name is known; not "United Nations Trumps envoy"
            Optional<Actor> whole = used[i - 1] ? Optional.empty()
                    : gazetteer.lookup(s.token(i - 1).text() + " " + w.substring(0, w.length() - 1))
                    .filter(x -> x.is(ActorType.PERSON));
            whole.ifPresent(actor -> add(found, used, mention(s, i - 1, i + 1, actor, Kind.NAME)));
            return whole.isPresent();
        }
        Optional<Actor> a = gazetteer.lookup(w.substring(0, w.length() - 1))
                .filter(x -> x.is(ActorType.STATE) || x.is(ActorType.PERSON));
        a.ifPresent(actor -> add(found, used, mention(s, i, i + 1, actor, Kind.NAME)));
        return a.isPresent();
    }

    /** "Turkish-backed", "U.S.-led", "anti-ISIS", "Turkish-Russian", "rebel-held". */
    private void compound(Sentence s, int i, List<Mention> found, boolean[] used) {
        Token t = s.token(i);
        String w = t.text();
        int dash = w.lastIndexOf('-');
        if (dash <= 0 || dash == w.length() - 1) {
            return;
        }
        Optional<Actor> whole = gazetteer.lookup(w);
        if (whole.isPresent()) {
            add(found, used, mention(s, i, i + 1, whole.get(), Kind.NAME)); // "Austria-Hungary" is not a pair
            return;
        }
        String left = w.substring(0, dash);
        String right = w.substring(dash + 1);
        String rightKey = right.toLowerCase(Locale.ROOT);
        if (left.equalsIgnoreCase("anti") || left.equalsIgnoreCase("pro")) {
            resolveWord(right).ifPresent(a -> add(found, used, partMention(s, i, dash + 1, w.length(), a, Kind.NAME)
                    .withModifier(left.toLowerCase(Locale.ROOT))));
            return;
        }
        Optional<Actor> l = resolveWord(left);
        if (l.isEmpty()) {
            return;
        }
        if (COMPOUND_RELATIONS.contains(rightKey)) {
            add(found, used, partMention(s, i, 0, dash, l.get(), Kind.DEMONYM).withModifier(rightKey));
            return;
        }
        Optional<Actor> r = gazetteer.demonym(right).or(() -> gazetteer.lookup(right));
        if (r.isPresent() && l.get().is(ActorType.STATE) && r.get().is(ActorType.STATE)) {
            // "Turkish-Russian cooperation": two actors in one token
            Mention a = partMention(s, i, 0, dash, l.get(), Kind.DEMONYM).withModifier("pair");
            Mention b = partMention(s, i, dash + 1, w.length(), r.get(), Kind.DEMONYM).withModifier("pair");
            found.add(a);
            found.add(b);
            used[i] = true;
        }
    }

    private Optional<Actor> resolveWord(String w) {
        return gazetteer.demonym(w).or(() -> gazetteer.lookup(w));
    }

    // ---- capitals: the state when it acts, the city where things happen ------------------------------------

    /**
     * A capital named for its state ("Damascus") is the city after a locative preposition ("a bombing in Damascus",
     * "the outskirts of Kyiv", "strikes on Damascus"), as the object of a verb of attack or movement ("jets struck
     * Damascus") and before a place or people noun ("Damascus airport", "Kyiv residents"); elsewhere it stands for
     * the state ("Moscow backs Assad", "talks between Moscow and Ankara", "Washington's position").
     */
    /** Words for the land a town gives its name to: "Hama province", "the Idlib countryside". */
    private static final Map<String, String> REGION_WORDS = Map.of("province", "Governorate", "governorate",
            "Governorate", "countryside", "countryside");

    /**
     * "Deir ez-Zor province", "the province of Hama", "the Idlib countryside": the region around a town the gazetteer
     * knows as the town is a place of its own (one id for "province" and "governorate"), unless the gazetteer's entry
     * is that region too ("Idlib province" is an alias of Idlib). An attack in the countryside is not one on the city.
     */
    private void findRegions(Sentence s, List<Mention> found, boolean[] used) {
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (m.sentence() != s.index() || !m.actor().is(ActorType.PLACE) || m.kind() != Kind.NAME) {
                continue;
            }
            int first = m.first();
            int last = m.last();
            String word = null;
            if (last < s.size() && REGION_WORDS.containsKey(s.token(last).text().toLowerCase(Locale.ROOT))) {
                word = s.token(last).text().toLowerCase(Locale.ROOT);
                last++;
            } else if (first >= 2 && s.token(first - 1).text().equalsIgnoreCase("of")
                    && REGION_WORDS.containsKey(s.token(first - 2).text().toLowerCase(Locale.ROOT))) {
                word = s.token(first - 2).text().toLowerCase(Locale.ROOT);
                first -= 2;
            }
            String suffix = " " + word;
            if (word == null || gazetteer.lookup(m.actor().label() + suffix).isPresent()
                    || m.actor().aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).endsWith(suffix))) {
                continue;
            }
            Actor region = minted.actor(m.actor().label() + " " + REGION_WORDS.get(word), ActorType.PLACE);
            found.set(k, mention(s, first, last, region, Kind.NAME));
            for (int t = first; t < last; t++) {
                used[t] = true;
            }
        }
    }

    private void placeCapitals(Sentence s, List<Mention> found) {
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (m.sentence() != s.index() || m.kind() != Kind.NAME || !m.actor().is(ActorType.STATE)
                    || m.modifier() != null) {
                continue;
            }
            Optional<Actor> city = gazetteer.capitalCity(m.text()).filter(c -> m.actor().id().equals(c.country()));
            if (city.isPresent() && (isCityContext(s, m) || listedAfterAPlace(s, m, found))) {
                found.set(k, new Mention(m.sentence(), m.first(), m.last(), m.start(), m.end(), m.text(), city.get(),
                        m.kind(), null, null, false, null));
            }
        }
    }

    /** "in Afrin and Damascus", "Aleppo, Homs and Damascus": a capital listed after a place is a place too. */
    private static boolean listedAfterAPlace(Sentence s, Mention m, List<Mention> found) {
        if (m.first() < 2 || !Set.of("and", ",", "or").contains(s.token(m.first() - 1).text())) {
            return false;
        }
        for (Mention p : found) {
            if (p.sentence() == m.sentence() && p.last() == m.first() - 1 && p.actor().is(ActorType.PLACE)) {
                return true; // the connector sits between them
            }
        }
        return false;
    }

    private static boolean isCityContext(Sentence s, Mention m) {
        int after = m.last();
        if (after < s.size()) {
            String next = s.token(after).text().toLowerCase(Locale.ROOT);
            if (next.equals("'s") || next.equals("’s")) {
                return false; // "Washington's position"
            }
            if (Lexicon.CITY_HEADS.contains(next)) {
                return true;
            }
        }
        int b = m.first() - 1;
        while (b >= 0 && (Lexicon.DIRECTIONS.contains(s.token(b).text().toLowerCase(Locale.ROOT))
                || s.token(b).text().equalsIgnoreCase("downtown"))) {
            b--; // "in central Damascus"
        }
        if (b < 0) {
            return false;
        }
        String prev = s.token(b).text().toLowerCase(Locale.ROOT);
        String before = b > 0 ? s.token(b - 1).text().toLowerCase(Locale.ROOT) : "";
        if (prev.equals("to") || prev.equals("from")) {
            return !Lexicon.STATE_RECIPIENT.contains(before) && !(b >= 2 && s.token(b - 1).tag().equals("DT")
                    && Lexicon.STATE_RECIPIENT.contains(s.token(b - 2).text().toLowerCase(Locale.ROOT)));
        }
        if (prev.equals("in") && (Lexicon.GOVERNMENT.contains(before) || Lexicon.PEOPLE_IN_POWER.contains(before))) {
            return false; // "the defence ministry in Moscow", "officials in Damascus": the government seated there
        }
        if (Lexicon.LOCATIVE.contains(prev)) {
            return true;
        }
        if (prev.equals("of")) {
            return Lexicon.CITY_PARTS.contains(before);
        }
        if (prev.equals("on") || prev.equals("against") || prev.equals("upon") || prev.equals("at")) {
            return Lexicon.ATTACK_NOUNS.contains(before);
        }
        if (Lexicon.PLACE_NOUNS.contains(prev)) {
            return true; // "the capital Damascus", "the city Kyiv"
        }
        return Lexicon.PLACE_VERBS.contains(prev);
    }

    // ---- "Iranian-backed militias", "pro-Russian forces": groups described by their backer -------------------

    private static final Set<String> BACKING = Lexicon.list("backing");

    /**
     * "X-backed militias" are neither X nor its forces: they are a group of their own, which X backs (the relation
     * stage reads "backs" from the compound). A "pro-X" group is not X either. Such a group becomes one node per
     * backer: "Iran-backed militias". A "pro-X" word that describes anything else is no mention of X.
     */
    private void findBackedGroups(Sentence s, List<Mention> found, boolean[] used) {
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

    // ---- names the gazetteer does not know -----------------------------------------------------------------

    /**
     * Names the trained name finder types: people (two words or more, so that a lone capitalized word is not taken
     * for someone), organizations and places. Nationalities are left to the demonyms.
     */
    private void findTypedNames(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        if (isHeadline(s)) {
            return; // in "Syrian Army Advances in Aleppo Kills ..." every word looks like a name: only known ones count
        }
        String[] words = new String[s.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = s.token(i).text();
        }
        for (TypedName typed : s.parsed() ? entities(s) : names.find(words)) {
            TypedName n = trimmed(s, typed);
            if (n == null || n.probability() < MIN_NAME_PROBABILITY || !free(used, n.start(), n.end())
                    || !isWord(s.token(n.end() - 1)) || hasLowercaseStart(s, n.start(), n.end())
                    || Lexicon.EVENT_WORDS.contains(s.token(n.end() - 1).text().toLowerCase(Locale.ROOT))
                    || hasModelDesignation(s, n.start(), Math.min(s.size(), n.end() + 1))
                    || allIn(s, n.start(), n.end(), Lexicon.BODY_WORDS) || allIn(s, n.start(), n.end(), Lexicon.DIRECTIONS)
                    || n.length() >= 2 && gazetteer.demonym(s.token(n.start()).text()).isPresent()
                    && allIn(s, n.start() + 1, n.end(), Lexicon.BODY_WORDS)
                    || gazetteer.demonym(s.text(n.start(), n.end())).isPresent()) {
                continue; // "the Air Force", "National Guard": no actor without a state; "Northern" alone is no place;
                // "Sri Lankan" is the adjective of a state, which the demonyms take;
                // "Barrel Bomb Attack" names an event, not its doer; "Sukhoi Su-24" a machine
            }
            if (NameTyper.ORGANIZATION.equals(n.type())) {
                int k = n.start();
                while (k < n.end() && Lexicon.BODY_WORDS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                    k++;
                }
                if (k > n.start() && n.end() - k >= 2 && allNames(s, k, n.end())) {
                    // "Air Force Amikam Norkin": a body and then a person, not an organization
                    n = new TypedName(k, n.end(), NameTyper.PERSON, n.probability());
                } else {
                    n = extendOrganization(s, n, found, used);
                }
            }
            if (NameTyper.PERSON.equals(n.type()) && s.parsed()) {
                n = withGivenNames(s, n, used);
            }
            String name = s.text(n.start(), n.end());
            ActorType type = switch (n.type()) {
                case NameTyper.PERSON -> n.end() - n.start() >= 2 && !Titles.hasInstitutionWord(s, n.start(), n.end())
                        ? ActorType.PERSON : null;
                case NameTyper.ORGANIZATION -> n.end() - n.start() >= 2 && !Titles.hasInstitutionWord(s, n.start(), n.start() + 1)
                        || isCapitalsWord(name) ? ActorType.ORGANIZATION : null;
                case NameTyper.LOCATION -> ActorType.PLACE;
                default -> null;
            };
            if (type == null || Lexicon.THING_ACRONYMS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            // the name's own words decide when they can ("Tiyas Military Airbase", "Tal Buraq" are places, "Sham
            // Legion" an organization), whatever the finder said: one type for the name in every document
            type = MintedActors.typeOfName(name).orElse(type);
            if (type == ActorType.PERSON && isGroundTaken(s, n.end() - 1) && !doc.surnames.containsKey(Names.key(name))) {
                type = ActorType.PLACE; // "the army retook Bustan al-Pasha": what is shelled or retaken is ground
            }
            Actor actor = type == ActorType.PERSON ? doc.surnames.getOrDefault(Names.key(name), titles.newPerson(name))
                    : minted.actor(name, type);
            Mention m = mention(s, n.start(), n.end(), actor, Kind.TYPED);
            add(found, used, m);
            if (type == ActorType.PERSON) {
                String[] parts = name.split("\\s+");
                doc.surnames.putIfAbsent(Names.key(parts[parts.length - 1]), actor);
                doc.surnames.putIfAbsent(Names.key(name), actor);
            }
        }
    }

    /**
     * Whether the name whose last token is {@code last} is the object of a verb that only takes ground ("shelled",
     * "retook", "stormed", "entered"; words.tsv, ground-verbs), or is listed with such an object.
     */
    private static boolean isGroundTaken(Sentence s, int last) {
        if (!s.parsed()) {
            return false;
        }
        int k = last;
        while (s.dep(k).equals("conj") && s.head(k) >= 0) {
            k = s.head(k); // "retook A, B and C"
        }
        int v = s.head(k);
        return v >= 0 && s.dep(k).equals("dobj") && s.token(v).isVerb()
                && Lexicon.GROUND_VERBS.contains(s.token(v).lemma());
    }

    /** One word of three to eight capitals, which a tagged organization of one word must be: "UNHCR", "AMISOM". */
    private static boolean isCapitalsWord(String name) {
        String letters = name.replace(".", "");
        return letters.length() >= 3 && letters.length() <= 8
                && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /**
     * A person's name with the given names the entity tagger left out: in "member Khalid Aydd Ahmad al-Jabouri" it
     * tagged only the last two words, but the two before are proper nouns of the same compound name.
     */
    private static TypedName withGivenNames(Sentence s, TypedName n, boolean[] used) {
        int start = n.start();
        while (start > 0 && !used[start - 1] && isNameToken(s.token(start - 1)) && !isTitleWord(s.token(start - 1))
                && s.token(start - 1).dep().equals("compound") && s.head(start - 1) >= start
                && s.head(start - 1) < n.end()) {
            start--;
        }
        return start == n.start() ? n : new TypedName(start, n.end(), n.type(), n.probability());
    }

    /**
     * A model designation among the words ("Su-24", "MiG-23", "RF-4E", "TB2", "GR4s", "Su-22M4"), or a machine noun
     * right after them ("a Bayraktar drone"): the name of a machine, not an actor.
     */
    private static boolean hasModelDesignation(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (MODEL.matcher(s.token(k).text()).matches()) {
                return true;
            }
        }
        return to < s.size() && Lexicon.MACHINE_WORDS.contains(s.token(to).text().toLowerCase(Locale.ROOT));
    }

    /** Letters then digits, with a dash or none, maybe more letters and digits: "Su-24", "TB2", "GR4s", "Su-22M4". */
    private static final java.util.regex.Pattern MODEL =
            java.util.regex.Pattern.compile("\\p{L}{1,5}-?\\d+(?:\\p{L}{1,2}\\d*)?s?");

    /** Whether the entity the tagger found at token {@code i} began at an earlier token. */
    private static boolean continuesEntity(Sentence s, int i) {
        if (i == 0 || !s.parsed()) {
            return false;
        }
        String here = s.token(i).entity();
        String before = s.token(i - 1).entity();
        return (here.startsWith("I-") || here.startsWith("L-")) && (before.startsWith("B-") || before.startsWith("I-"));
    }

    private static boolean isTitleWord(Token t) {
        return Lexicon.TITLE_WORDS.contains(t.text().toLowerCase(Locale.ROOT)) || NameTyper.isTitle(t.text());
    }

    /**
     * A headline in title case: a capitalized verb inside it ("... Kills 140"), and nearly every longer word
     * capitalized (a sentence full of names and titles still has its lower-case verbs and nouns). Its capitals say
     * nothing about names.
     */
    static boolean isHeadline(Sentence s) {
        boolean capitalVerb = false;
        int words = 0;
        int capitals = 0;
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).text();
            if (w.length() < 4 || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(w.charAt(0))) {
                capitals++;
                capitalVerb |= i > 0 && s.token(i).tag().startsWith("VB");
            }
        }
        return capitalVerb && capitals * 100 >= words * 85;
    }

    /**
     * The named entities the parser tagged (OntoNotes types with BILOU prefixes), as typed names: PERSON, ORG, and
     * places (GPE, LOC, FAC) that the gazetteer does not know. Nationalities (NORP) are left to the demonyms.
     */
    private static List<TypedName> entities(Sentence s) {
        List<TypedName> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.size(); i++) {
            org.conflictkg.nlp.Token t = s.token(i);
            if (t.beginsEntity()) {
                start = i;
            }
            if (start >= 0 && t.endsEntity()) {
                String type = switch (t.entityType()) {
                    case "PERSON" -> NameTyper.PERSON;
                    case "ORG" -> NameTyper.ORGANIZATION;
                    case "GPE", "LOC", "FAC" -> NameTyper.LOCATION;
                    default -> null;
                };
                int first = start;
                while (first <= i && s.token(first).tag().equals("DT")) {
                    first++; // the parser's entities may begin with "the"
                }
                if (type != null && first <= i) {
                    out.add(new TypedName(first, i + 1, type, 1.0));
                }
                start = -1;
            } else if (t.entity().equals("O")) {
                start = -1;
            }
        }
        return out;
    }

    /** The span without leading punctuation and abbreviated titles (". Valery Zaluzhny" after "Gen."). */
    private static TypedName trimmed(Sentence s, TypedName n) {
        int start = n.start();
        // a person's name starts after any rank or title words ("Rear Adm. Peter Jones")
        while (start < n.end() && (!isWord(s.token(start))
                || NameTyper.PERSON.equals(n.type()) && isTitleWord(s.token(start))
                || NameTyper.isTitle(s.token(start).text()) && s.token(start).text().length() <= 4)) {
            start++;
        }
        return start >= n.end() ? null : new TypedName(start, n.end(), n.type(), n.probability());
    }

    private static boolean allNames(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String lw = s.token(k).text().toLowerCase(Locale.ROOT);
            if (!isNameToken(s.token(k)) || Lexicon.INSTITUTION_WORDS.contains(lw) || Lexicon.BODY_WORDS.contains(lw)
                    || Lexicon.FACILITY_WORDS.contains(lw)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allIn(Sentence s, int from, int to, Set<String> words) {
        for (int k = from; k < to; k++) {
            if (!words.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The whole name of an organization the name finder cut short: "Syrian Democratic Council" (not "Democratic
     * Council"), "Authenticity and Development Front", "Popular Front for the Liberation of Palestine" (a state named
     * inside an organization's name is part of the name), "National World War I Museum".
     */
    private TypedName extendOrganization(Sentence s, TypedName n, List<Mention> found, boolean[] used) {
        int start = n.start();
        int end = n.end();
        if (start > 0 && !used[start - 1] && isCapitalized(s.token(start - 1))
                && gazetteer.demonym(s.token(start - 1).text()).isPresent()) {
            start--; // "Syrian Democratic Council", "Indian National Congress"
        } else if (start > 1 && s.token(start - 1).text().equals("and") && !used[start - 2]
                && isNameToken(s.token(start - 2)) && (start < 3 || !isNameToken(s.token(start - 3)))
                && gazetteer.lookup(s.token(start - 2).text()).isEmpty()) {
            start -= 2; // "Authenticity and Development Front"
        }
        // right: more capitalized words ("National World" + "War I Museum") and "of/for (the) ..." chains
        while (true) {
            int k = end;
            String lastWord = s.token(end - 1).text().toLowerCase(Locale.ROOT);
            boolean complete = Lexicon.INSTITUTION_WORDS.contains(lastWord) || Lexicon.FACILITY_WORDS.contains(lastWord);
            if (!complete && k < s.size() && !used[k]
                    && (isNameToken(s.token(k)) || s.token(k).text().matches("I|II|III|IV"))) {
                end = k + 1; // the name goes on: "National World" + "War I Museum"
                continue;
            }
            if (k + 1 < s.size() && (s.token(k).text().equals("of") || s.token(k).text().equals("for"))) {
                int w = k + 1;
                if (s.token(w).text().equals("the") && w + 1 < s.size()) {
                    w++;
                }
                int e = w;
                while (e < s.size() && e - w < 4 && isCapitalized(s.token(e)) && isWord(s.token(e))
                        && (!used[e] || absorbable(found, s.index(), e))) {
                    e++;
                }
                if (e > w) {
                    end = e; // "... for the Liberation of Palestine"
                    continue;
                }
            }
            break;
        }
        if (start == n.start() && end == n.end()) {
            return n;
        }
        int from = start;
        int to = end;
        found.removeIf(m -> m.sentence() == s.index() && m.first() >= from && m.last() <= to);
        for (int t = start; t < end; t++) {
            used[t] = false;
        }
        return new TypedName(start, end, n.type(), n.probability());
    }

    /** A state or place named inside an organization's name may become part of it. */
    private static boolean absorbable(List<Mention> found, int sentence, int token) {
        Mention m = mentionAt(found, sentence, token);
        return m != null && (m.actor().is(ActorType.STATE) || m.actor().is(ActorType.PLACE)) && m.kind() == Kind.NAME;
    }

    private static boolean isCapitalized(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean hasLowercaseStart(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.token(k).text();
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !w.startsWith("al-") && !w.equals("al")
                    && !w.equals("bin") && !w.equals("de")) {
                return true;
            }
        }
        return false;
    }

    // ---- places ---------------------------------------------------------------------------------------------

    /** "the town of Palmyra", "the provinces of Homs, Hama and Raqqa": unknown names after place nouns. */
    private void findPlacesAfterPlaceNouns(Sentence s, List<Mention> found, boolean[] used) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (!Lexicon.PLACE_NOUNS.contains(s.token(i).text().toLowerCase(Locale.ROOT))
                    || !s.token(i + 1).text().equals("of")) {
                continue;
            }
            int j = i + 2;
            while (j < s.size()) {
                int k = j;
                while (k < s.size() && !used[k] && (isNameToken(s.token(k)) || isNameParticle(s, k)) && k - j < 4) {
                    k++;
                }
                if (k > j) {
                    String name = s.text(j, k);
                    Actor place = gazetteer.lookup(name)
                            .orElseGet(() -> minted.actor(name, ActorType.PLACE));
                    add(found, used, mention(s, j, k, place, Kind.NAME));
                } else {
                    Mention known = mentionAt(found, s.index(), j);
                    if (known == null) {
                        break;
                    }
                    k = known.last();
                }
                if (k < s.size() && (s.token(k).text().equals(",") || s.token(k).text().equals("and"))) {
                    j = k + 1;
                    if (j < s.size() && s.token(j).text().equals("and")) {
                        j++;
                    }
                } else {
                    break;
                }
            }
        }
    }

    // ---- heads: "US forces", "Russia's air force", "NATO defense ministers" -------------------------------------

    private void extendHeads(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (m.sentence() != s.index() || m.kind() != Kind.NAME || m.actor().is(ActorType.PERSON)
                    || m.actor().is(ActorType.PLACE) || m.first() != m.last() - 1 && m.modifier() != null) {
                continue;
            }
            int h = m.last();
            boolean possessive = h < s.size() && (s.token(h).text().equals("'s") || s.token(h).text().equals("’s"));
            if (possessive) {
                h++;
            }
            Head head = head(s, h, used);
            if (head == null) {
                continue;
            }
            Actor actor = headActor(gazetteer, m.actor(), head, doc);
            if (actor == null) {
                continue;
            }
            for (int t = m.last(); t < head.end; t++) {
                used[t] = true;
            }
            found.set(k, new Mention(m.sentence(), m.first(), head.end, m.start(), s.token(head.end - 1).end(),
                    s.text(m.first(), head.end), actor, m.kind(), m.title(), m.affiliation(), m.leader(), m.modifier()));
        }
    }

    /** The noun head of a phrase starting at token {@code from}: its end and its category. */
    record Head(int end, String category, String words) {}

    static Head head(Sentence s, int from, boolean[] used) {
        int j = from;
        int lastNoun = -1;
        String category = null;
        StringBuilder words = new StringBuilder();
        while (j < s.size() && j - from < 5 && !used[j]) {
            Token t = s.token(j);
            String lw = t.text().toLowerCase(Locale.ROOT);
            boolean nounish = t.isNoun() || t.tag().startsWith("JJ") || t.tag().equals("VBN") && j > from;
            if (!nounish || isNameToken(t) && !Lexicon.TITLE_WORDS.contains(lw) && !Lexicon.BODY_WORDS.contains(lw)) {
                break;
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(lw);
            if (Lexicon.FORCES.contains(lw) && category == null) {
                category = "forces";
                lastNoun = j;
            } else if ((lw.equals("ministry") || lw.equals("staff") || lw.equals("department")) && category == null) {
                category = "body";
                lastNoun = j;
            } else if (Lexicon.GOVERNMENT.contains(lw) && category == null) {
                category = "government";
                lastNoun = j;
            } else if (Lexicon.LEADER_TITLES.contains(lw) && category == null) {
                category = "leader";
                lastNoun = j;
            }
            j++;
        }
        if (category == null) {
            return null;
        }
        return new Head(lastNoun + 1, category, words.toString());
    }

    static Actor headActor(Gazetteer gazetteer, Actor named, Head head, DocumentState doc) {
        if (!named.is(ActorType.STATE)) {
            return named; // "NATO defense ministers", "Islamic State militants": the organization itself
        }
        return switch (head.category) {
            case "forces" -> gazetteer.forcesOf(named);
            case "body" -> head.words.contains("defen") || head.words.contains("general staff")
                    ? gazetteer.bodyOf(named, "Ministry of Defence")
                    : head.words.contains("foreign") || head.words.contains("external affairs")
                    ? gazetteer.bodyOf(named, "Ministry of Foreign Affairs") : named;
            case "leader" -> doc.leaders.getOrDefault(named.id(), named);
            default -> named;
        };
    }

    // ---- demonyms --------------------------------------------------------------------------------------------

    // ---- generic words: "rebels" in an article about Syria ------------------------------------------------

    private void findGenerics(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        for (int i = 0; i < s.size(); i++) {
            if (used[i]) {
                continue;
            }
            for (int len = 3; len >= 1; len--) {
                if (i + len > s.size() || !free(used, i, i + len)
                        || !Character.isLetterOrDigit(s.token(i + len - 1).text().charAt(0))) {
                    continue; // not "the rebels." with the sentence's full stop
                }
                String written = s.text(i, i + len);
                String word = written;
                String modifier = null;
                int dash = written.lastIndexOf('-');
                if (len == 1 && dash > 0 && COMPOUND_RELATIONS.contains(written.substring(dash + 1).toLowerCase(Locale.ROOT))) {
                    word = written.substring(0, dash);
                    modifier = written.substring(dash + 1).toLowerCase(Locale.ROOT);
                }
                String w = word;
                if (len == 1 && modifier == null && w.equalsIgnoreCase("opposition") && !isOppositionGroup(s, i)) {
                    continue; // "vetoes and opposition by Russia": the noun, not the Syrian opposition
                }
                if (!gazetteer.isGenericWord(w)) {
                    continue; // most words are no generic name of any group: no need to ask which country is in focus
                }
                Optional<String> country = doc.focusCountry(gazetteer, w);
                if (country.isEmpty()) {
                    continue;
                }
                Optional<Actor> a = gazetteer.generic(country.get(), w);
                if (a.isPresent() && seatedElsewhere(s, i + len, found, country.get())) {
                    break; // "the regime in Tehran" in an article about Syria is Iran's
                }
                if (a.isPresent()) {
                    Mention m = modifier == null ? mention(s, i, i + len, a.get(), Kind.GENERIC)
                            : partMention(s, i, 0, dash, a.get(), Kind.GENERIC).withModifier(modifier);
                    add(found, used, m);
                    break;
                }
            }
        }
    }

    /** Whether the words at {@code at} say "in" a state, or a place of a state, other than {@code country}. */
    private static boolean seatedElsewhere(Sentence s, int at, List<Mention> found, String country) {
        if (at + 1 >= s.size() || !s.token(at).text().equalsIgnoreCase("in")) {
            return false;
        }
        int k = at + 1 < s.size() && s.token(at + 1).text().equalsIgnoreCase("the") ? at + 2 : at + 1;
        Mention m = k < s.size() ? mentionAt(found, s.index(), k) : null;
        if (m == null) {
            return false;
        }
        String where = m.actor().is(ActorType.STATE) ? m.actor().id() : m.actor().country();
        return where != null && !where.equals(country);
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

    /** "the opposition", "opposition fighters": the word names the group, not the act of opposing. */
    private static boolean isOppositionGroup(Sentence s, int i) {
        String prev = i > 0 ? s.token(i - 1).text().toLowerCase(Locale.ROOT) : "";
        String next = i + 1 < s.size() ? s.token(i + 1).text().toLowerCase(Locale.ROOT) : "";
        if (Set.of("to", "by", "from", "of", "against", "within", "between", "among").contains(next)) {
            return false;
        }
        return prev.equals("the") || prev.equals("armed") || prev.equals("moderate") || Lexicon.GROUP_HEADS.contains(next)
                || Set.of("rebels", "activists", "fighters", "leaders", "commanders", "factions").contains(next);
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

    // ---- pronouns and descriptions -----------------------------------------------------------------------

    /** True when a locative preposition comes right before the mention: "in Syria", "near Aleppo". */
    static boolean afterLocative(Sentence s, Mention m) {
        int k = m.first() - 1;
        if (k >= 0 && s.token(k).tag().equals("DT")) {
            k--;
        }
        return k >= 0 && Lexicon.LOCATIVE.contains(s.token(k).text().toLowerCase(Locale.ROOT));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    static Mention mention(Sentence s, int first, int last, Actor actor, Kind kind) {
        String text = s.text(first, last);
        int end = s.token(last - 1).end();
        String lastWord = s.token(last - 1).text();
        if (lastWord.length() > 1 && lastWord.endsWith(".") && lastWord.indexOf('.') == lastWord.length() - 1
                && !NameTyper.isTitle(lastWord)) {
            text = text.substring(0, text.length() - 1); // "Kyiv." at the end of a sentence is "Kyiv"
            end--;
        }
        return Mention.of(s.index(), first, last, s.token(first).start(), end, text, actor, kind);
    }

    static Mention partMention(Sentence s, int token, int from, int to, Actor actor, Kind kind) {
        Token t = s.token(token);
        return Mention.of(s.index(), token, token + 1, t.start() + from, t.start() + to, t.text().substring(from, to),
                actor, kind);
    }

    static void add(List<Mention> found, boolean[] used, Mention m) {
        found.add(m);
        for (int t = m.first(); t < m.last(); t++) {
            used[t] = true;
        }
    }

    static boolean free(boolean[] used, int from, int to) {
        for (int t = from; t < to; t++) {
            if (used[t]) {
                return false;
            }
        }
        return true;
    }

    static Mention mentionAt(List<Mention> found, int sentence, int token) {
        for (Mention m : found) {
            if (m.sentence() == sentence && m.contains(token)) {
                return m;
            }
        }
        return null;
    }

    /** A token with a letter or digit: names do not end on punctuation ("Raqqa ." is not "Raqqa."). */
    private static boolean isWord(Token t) {
        return t.text().chars().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean anyCapital(Sentence s, int from, int to) {
        for (int t = from; t < to; t++) {
            String w = s.token(t).text();
            for (int c = 0; c < w.length(); c++) {
                if (Character.isUpperCase(w.charAt(c))) {
                    return true;
                }
                if (Character.isLetter(w.charAt(c)) && c > 3) {
                    break;
                }
            }
        }
        return false;
    }

    /** A capitalized common word at the start of a sentence is not a name ("Both", "Turkey" is). */
    private boolean isSentenceInitialWord(Sentence s, int i, String written) {
        return i == 0 && !Names.isAcronym(written) && s.token(i).tag().matches("DT|PRP|IN|CC|RB|JJ|WDT|WP|VB.*");
    }

    static boolean isNameToken(Token t) {
        String w = t.text();
        if (w.startsWith("al-") && w.length() > 4 && Character.isUpperCase(w.charAt(3))) {
            return true; // "al-Assad"
        }
        if (w.length() > 2 && "'’‘`".indexOf(w.charAt(0)) >= 0 && Character.isUpperCase(w.charAt(1))) {
            w = w.substring(1); // a transliterated ayn: "Khalid 'Aydd"
        }
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.tag().startsWith("NNP")
                && !Lexicon.NOT_NAMES.contains(w.replace(".", "")) && w.chars().anyMatch(Character::isLowerCase);
    }

    /** A middle initial: "T." (or "T" with its period split off by the tokenizer). */
    static boolean isInitial(Sentence s, int j) {
        String w = s.token(j).text();
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.'
                || w.length() == 1 && Character.isUpperCase(w.charAt(0)) && j + 1 < s.size()
                && s.token(j + 1).text().equals(".");
    }

    static boolean isNameParticle(Sentence s, int j) {
        String w = s.token(j).text();
        return Set.of("al", "bin", "ibn", "abu", "de", "van", "von", "el", "ad").contains(w);
    }
}
