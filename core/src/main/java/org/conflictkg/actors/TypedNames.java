package org.conflictkg.actors;

import static org.conflictkg.actors.MentionSpans.add;
import static org.conflictkg.actors.MentionSpans.free;
import static org.conflictkg.actors.MentionSpans.isCapitalized;
import static org.conflictkg.actors.MentionSpans.isNameToken;
import static org.conflictkg.actors.MentionSpans.isWord;
import static org.conflictkg.actors.MentionSpans.mention;
import static org.conflictkg.actors.MentionSpans.mentionAt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictkg.actors.Mention.Kind;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * The names the gazetteer does not know, as the parser's entity tagger (or, for unparsed text, the trained name
 * finder) types them: people of two words or more, organizations with their whole name, places. Machines, events,
 * bodies without a state and headlines in title case give none. Each becomes a minted actor with one type in every
 * document.
 */
final class TypedNames {
    /** Below this probability a name the gazetteer does not know is left untyped. */
    private static final double MIN_NAME_PROBABILITY = 0.6;

    /** Letters then digits, with a dash or none, maybe more letters and digits: "Su-24", "TB2", "GR4s", "Su-22M4". */
    private static final java.util.regex.Pattern MODEL =
            java.util.regex.Pattern.compile("\\p{L}{1,5}-?\\d+(?:\\p{L}{1,2}\\d*)?s?");

    private final Gazetteer gazetteer;
    private final NameTyper names;
    private final MintedActors minted;
    private final Titles titles;

    TypedNames(Gazetteer gazetteer, NameTyper names, MintedActors minted, Titles titles) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.minted = minted;
        this.titles = titles;
    }

    /**
     * Names the trained name finder types: people (two words or more, so that a lone capitalized word is not taken
     * for someone), organizations and places. Nationalities are left to the demonyms.
     */
    void find(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
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
        } else if (start > 0 && !used[start - 1] && s.token(start - 1).text().matches("\\d+(st|nd|rd|th)")) {
            start--; // "18th Reserve Division", "4th Armoured Brigade": the ordinal is part of a unit's name
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

    private static boolean isTitleWord(Token t) {
        return Lexicon.TITLE_WORDS.contains(t.text().toLowerCase(Locale.ROOT)) || NameTyper.isTitle(t.text());
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

    /** A state or place named inside an organization's name may become part of it. */
    private static boolean absorbable(List<Mention> found, int sentence, int token) {
        Mention m = mentionAt(found, sentence, token);
        return m != null && (m.actor().is(ActorType.STATE) || m.actor().is(ActorType.PLACE)) && m.kind() == Kind.NAME;
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
}
