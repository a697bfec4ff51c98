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
    private static final Set<String> COMPOUND_RELATIONS = Set.of("backed", "supported", "sponsored", "armed",
            "funded", "allied", "led", "held", "controlled", "run", "dominated", "aligned", "friendly");

    /** Below this probability a name the gazetteer does not know is left untyped. */
    private static final double MIN_NAME_PROBABILITY = 0.6;

    private final Gazetteer gazetteer;
    private final NameTyper names;

    GazetteerRecognizer(Gazetteer gazetteer, NameTyper names) {
        this.gazetteer = gazetteer;
        this.names = names;
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
        return out;
    }

    /** What earlier sentences of the document established. */
    private static final class DocumentState {
        final Map<String, Integer> stateCounts = new HashMap<>();
        /** state id → the person the text called its leader */
        final Map<String, Actor> leaders = new HashMap<>();
        /** surname key → person actor */
        final Map<String, Actor> surnames = new HashMap<>();
        final Map<String, Actor> personTitles = new HashMap<>();
        Actor lastPerson;
        Actor lastAgent;
        Actor lastPlace;
        Actor lastForces;
        Actor lastGroup;
        Actor lastAlliance;
        Actor lastCoalition;

        Optional<String> focusCountry(Gazetteer g, String word) {
            return stateCounts.entrySet().stream()
                    .filter(e -> g.generic(e.getKey(), word).isPresent())
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey);
        }

        void saw(Mention m) {
            Actor a = m.actor();
            switch (a.type()) {
                case PERSON -> {
                    lastPerson = a;
                    if (m.title() != null) {
                        personTitles.put(a.id(), a);
                    }
                }
                case PLACE -> lastPlace = a;
                case ARMED_FORCES -> {
                    lastForces = a;
                    lastAgent = a;
                }
                case ARMED_GROUP -> {
                    lastGroup = a;
                    lastAgent = a;
                }
                case COALITION, INTERNATIONAL_ORGANIZATION -> {
                    lastAlliance = a;
                    lastAgent = a;
                    if (a.is(ActorType.COALITION)) {
                        lastCoalition = a;
                    }
                }
                default -> lastAgent = a;
            }
        }
    }

    private List<Mention> recognize(Sentence s, DocumentState doc) {
        List<Mention> found = new ArrayList<>();
        boolean[] used = new boolean[s.size()];
        findNames(s, found, used);
        findTitledPersons(s, found, used, doc);
        findKnownSurnames(s, found, used, doc);
        findPlacesAfterPlaceNouns(s, found, used);
        findTypedNames(s, found, used, doc);
        extendHeads(s, found, used, doc);
        findDemonyms(s, found, used, doc);
        findGenerics(s, found, used, doc);
        findReferences(s, found, used, doc);
        dropPossessors(s, found);
        found.sort(Comparator.comparingInt(Mention::first));
        for (Mention m : found) {
            doc.saw(m);
        }
        return found;
    }

    // ---- names -------------------------------------------------------------------------------------------

    private void findNames(Sentence s, List<Mention> found, boolean[] used) {
        int n = s.size();
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                continue;
            }
            boolean matched = false;
            for (int len = Math.min(gazetteer.longestName(), n - i); len >= 1 && !matched; len--) {
                if (!anyCapital(s, i, i + len) || !free(used, i, i + len) || !isWord(s.token(i + len - 1))
                        || len > 1 && s.token(i).text().equalsIgnoreCase("the")) {
                    continue; // names compare without "the", so a mention never starts with it
                }
                String written = s.text(i, i + len);
                Optional<Actor> a = gazetteer.lookup(written);
                if (a.isPresent() && len == 1 && a.get().is(ActorType.PERSON) && i > 0 && isNameToken(s.token(i - 1))
                        && !used[i - 1] && !Lexicon.TITLE_WORDS.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT))) {
                    continue; // "Elizabeth Trudeau" is not the Trudeau the gazetteer knows
                }
                if (a.isPresent() && !(len == 1 && isSentenceInitialWord(s, i, written))) {
                    add(found, used, mention(s, i, i + len, a.get(), Kind.NAME));
                    matched = true;
                }
            }
            if (!matched) {
                compound(s, i, found, used);
            }
        }
    }

    /** "Turkish-backed", "U.S.-led", "anti-ISIS", "Turkish-Russian", "rebel-held". */
    private void compound(Sentence s, int i, List<Mention> found, boolean[] used) {
        Token t = s.token(i);
        String w = t.text();
        int dash = w.lastIndexOf('-');
        if (dash <= 0 || dash == w.length() - 1) {
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

    // ---- people --------------------------------------------------------------------------------------------

    /** "Turkish President Tayyip Erdogan", "Foreign Minister Mevlut Cavusoglu", "Britain's defense minister, X". */
    private void findTitledPersons(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        int n = s.size();
        // names the gazetteer knows as people get their titles too
        for (Mention m : List.copyOf(found)) {
            if (m.actor().is(ActorType.PERSON) && m.sentence() == s.index()) {
                Mention titled = withTitle(s, m, found, used, doc);
                found.set(found.indexOf(m), titled);
            }
        }
        for (int i = 0; i < n; i++) {
            if (used[i] || !isNameToken(s.token(i)) || i == 0) {
                continue;
            }
            int j = i;
            while (j < n && j - i < 4 && !used[j] && (isNameToken(s.token(j)) || isNameParticle(s, j))) {
                j++;
            }
            while (j > i && isNameParticle(s, j - 1)) {
                j--;
            }
            int first = i;
            while (first < j && Lexicon.TITLE_WORDS.contains(s.token(first).text().toLowerCase(Locale.ROOT))) {
                first++; // "Staff General Valery Gerasimov": the name starts after the title words
            }
            if (first >= j || j - first > 4) {
                i = j - 1;
                continue;
            }
            int titleEnd = first;
            if (titleEnd >= 2 && s.token(titleEnd - 1).text().equals(",")) {
                titleEnd--;
            }
            Token before = s.token(titleEnd - 1);
            String bw = before.text().toLowerCase(Locale.ROOT);
            boolean secretaryOfState = bw.equals("state") && titleEnd >= 3
                    && s.token(titleEnd - 2).text().equalsIgnoreCase("of")
                    && s.token(titleEnd - 3).text().equalsIgnoreCase("secretary");
            if (!Lexicon.PERSON_TITLES.contains(bw) && !secretaryOfState || hasInstitutionWord(s, first, j)) {
                i = j - 1; // "Syrian Army Kills ..." (a headline), "Foreign Office": not people
                continue;
            }
            i = first;
            String name = s.text(i, j);
            if (j - i == 1 && gazetteer.lookup(name).isPresent()) {
                continue; // a known non-person name, as in "President Erdogan's Turkey"
            }
            Actor person = gazetteer.lookup(name).filter(a -> a.is(ActorType.PERSON))
                    .orElseGet(() -> doc.surnames.getOrDefault(Names.key(name), newPerson(name)));
            Mention m = mention(s, i, j, person, Kind.NAME);
            for (int t = i; t < j; t++) {
                used[t] = true;
            }
            found.add(withTitle(s, m, found, used, doc));
            i = j - 1;
        }
    }

    private static boolean hasInstitutionWord(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Lexicon.INSTITUTION_WORDS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Actor newPerson(String name) {
        return new Actor(Names.slug(name), ActorType.PERSON, name, List.of(), List.of(), null, null);
    }

    /** Reads the title left of a person's name, consuming the words (and any state named in it). */
    private Mention withTitle(Sentence s, Mention person, List<Mention> found, boolean[] used, DocumentState doc) {
        int i = person.first();
        if (i >= 2 && s.token(i - 1).text().equals(",")
                && Lexicon.PERSON_TITLES.contains(s.token(i - 2).text().toLowerCase(Locale.ROOT))) {
            i--; // apposition: "Britain's defense minister, Michael Fallon"
        }
        int start = i;
        Actor org = null;
        while (start > 0) {
            int t = start - 1;
            String w = s.token(t).text();
            String lw = w.toLowerCase(Locale.ROOT);
            Mention inside = mentionAt(found, s.index(), t);
            if (inside != null && inside != person && inside.actor().type() != ActorType.PERSON
                    && inside.actor().type() != ActorType.PLACE) {
                if (org == null) {
                    org = inside.actor();
                }
                start = inside.first();
                continue;
            }
            Optional<Actor> dem = s.token(t).text().isEmpty() || !Character.isUpperCase(w.charAt(0))
                    ? Optional.empty() : gazetteer.demonym(w);
            if (dem.isPresent()) {
                if (org == null) {
                    org = dem.get();
                }
                start = t;
                continue;
            }
            if (Lexicon.TITLE_WORDS.contains(lw) || w.equals("'s") || w.equals("’s")) {
                start = t;
                continue;
            }
            break;
        }
        // a leading "of"/"the"/"'s" is not part of the title
        while (start < i && Set.of("of", "the", "'s", "’s", "and").contains(s.token(start).text().toLowerCase(Locale.ROOT))) {
            start++;
        }
        if (start >= i) {
            return person;
        }
        String title = s.text(start, i).replaceAll("\\s*,$", "");
        // words of the title are no longer mentions of their own
        int from = start;
        int to = i;
        found.removeIf(m -> m != person && m.sentence() == s.index() && m.first() >= from && m.last() <= to);
        for (int t = start; t < i; t++) {
            used[t] = true;
        }
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        boolean leader = isLeaderTitle(lowerTitle);
        if (org == null && person.actor().country() != null && leader) {
            org = gazetteer.byId(person.actor().country()).orElse(null);
        }
        if (org != null && org.is(ActorType.STATE) && lowerTitle.contains("counterpart")) {
            leader = false;
        }
        if (org != null && org.country() != null && org.type() == ActorType.GOVERNMENT_BODY) {
            leader = false;
        }
        if (leader && org != null) {
            doc.leaders.put(org.id(), person.actor());
        }
        String[] parts = person.actor().label().split("\\s+");
        doc.surnames.put(Names.key(parts[parts.length - 1]), person.actor());
        doc.surnames.put(Names.key(person.actor().label()), person.actor());
        return new Mention(person.sentence(), person.first(), person.last(), person.start(), person.end(),
                person.text(), person.actor(), person.kind(), title, org, leader && org != null, person.modifier());
    }

    private static boolean isLeaderTitle(String lowerTitle) {
        if (lowerTitle.contains("vice") || lowerTitle.contains("deputy") || lowerTitle.contains("former")
                || lowerTitle.contains("crown")) {
            return false;
        }
        for (String t : Lexicon.LEADER_TITLES) {
            if (lowerTitle.endsWith(t) || lowerTitle.startsWith(t + " ") || lowerTitle.equals(t)) {
                return true;
            }
        }
        return false;
    }

    /** A surname alone, for a person named in full earlier in the article. */
    private void findKnownSurnames(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        for (int i = 0; i < s.size(); i++) {
            if (used[i] || !isNameToken(s.token(i))) {
                continue;
            }
            Actor p = doc.surnames.get(Names.key(s.token(i).text()));
            if (p != null) {
                add(found, used, mention(s, i, i + 1, p, Kind.NAME));
            }
        }
        for (Mention m : found) {
            if (m.actor().is(ActorType.PERSON)) {
                String[] parts = m.actor().label().split("\\s+");
                doc.surnames.putIfAbsent(Names.key(parts[parts.length - 1]), m.actor());
            }
        }
    }

    // ---- names the gazetteer does not know -----------------------------------------------------------------

    /**
     * Names the trained name finder types: people (two words or more, so that a lone capitalized word is not taken
     * for someone), organizations and places. Nationalities are left to the demonyms.
     */
    private void findTypedNames(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        String[] words = new String[s.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = s.token(i).text();
        }
        for (TypedName n : names.find(words)) {
            if (n.probability() < MIN_NAME_PROBABILITY || !free(used, n.start(), n.end())
                    || !isWord(s.token(n.end() - 1)) || hasLowercaseStart(s, n.start(), n.end())) {
                continue;
            }
            String name = s.text(n.start(), n.end());
            ActorType type = switch (n.type()) {
                case NameTyper.PERSON -> n.end() - n.start() >= 2 && !hasInstitutionWord(s, n.start(), n.end())
                        ? ActorType.PERSON : null;
                case NameTyper.ORGANIZATION -> n.end() - n.start() >= 2 && !hasInstitutionWord(s, n.start(), n.start() + 1)
                        || Names.isAcronym(name) && name.length() >= 3 ? ActorType.ORGANIZATION : null;
                case NameTyper.LOCATION -> ActorType.PLACE;
                default -> null;
            };
            if (type == null) {
                continue;
            }
            Actor actor = type == ActorType.PERSON ? doc.surnames.getOrDefault(Names.key(name), newPerson(name))
                    : new Actor(Names.slug(name), type, name, List.of(), List.of(), null, null);
            Mention m = mention(s, n.start(), n.end(), actor, Kind.TYPED);
            add(found, used, m);
            if (type == ActorType.PERSON) {
                String[] parts = name.split("\\s+");
                doc.surnames.putIfAbsent(Names.key(parts[parts.length - 1]), actor);
                doc.surnames.putIfAbsent(Names.key(name), actor);
            }
        }
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
                            .orElseGet(() -> new Actor(Names.slug(name), ActorType.PLACE, name, List.of(), List.of(), null, null));
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
            Actor actor = headActor(m.actor(), head, doc);
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
    private record Head(int end, String category, String words) {}

    private Head head(Sentence s, int from, boolean[] used) {
        int j = from;
        int lastNoun = -1;
        String category = null;
        StringBuilder words = new StringBuilder();
        while (j < s.size() && j - from < 5 && !used[j]) {
            Token t = s.token(j);
            String lw = t.text().toLowerCase(Locale.ROOT);
            boolean nounish = t.isNoun() || t.tag().startsWith("JJ") || t.tag().equals("VBN") && j > from;
            if (!nounish || isNameToken(t) && !Lexicon.TITLE_WORDS.contains(lw) && !lw.equals("ministry")) {
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

    private Actor headActor(Actor named, Head head, DocumentState doc) {
        if (!named.is(ActorType.STATE)) {
            return named; // "NATO defense ministers", "Islamic State militants": the organization itself
        }
        return switch (head.category) {
            case "forces" -> gazetteer.forcesOf(named);
            case "body" -> head.words.contains("defen") || head.words.contains("general staff")
                    ? gazetteer.bodyOf(named, "Ministry of Defence")
                    : head.words.contains("foreign") ? gazetteer.bodyOf(named, "Ministry of Foreign Affairs") : named;
            case "leader" -> doc.leaders.getOrDefault(named.id(), named);
            default -> named;
        };
    }

    // ---- demonyms --------------------------------------------------------------------------------------------

    /** "Russian jets", "the Syrian government", "Russian and Turkish air forces", "the Syrian leader". */
    private void findDemonyms(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        int n = s.size();
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                continue;
            }
            String w = s.token(i).text();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            Optional<Actor> state = gazetteer.demonym(w);
            if (state.isEmpty()) {
                continue;
            }
            Mention next = i + 1 < n ? mentionAt(found, s.index(), i + 1) : null;
            if (next != null && next.first() == i + 1 && !next.actor().is(ActorType.STATE)
                    && !next.actor().is(ActorType.PLACE)) {
                continue; // "Lebanese Hezbollah", "Syrian Kurdish YPG": the adjective describes the named group
            }
            // coordinated demonyms share the head: "Russian and Turkish air forces"
            List<Integer> group = new ArrayList<>(List.of(i));
            int j = i + 1;
            while (j + 1 < n && (s.token(j).text().equals("and") || s.token(j).text().equals(","))
                    && !used[j + 1] && gazetteer.demonym(s.token(j + 1).text()).isPresent()
                    && Character.isUpperCase(s.token(j + 1).text().charAt(0))) {
                group.add(j + 1);
                j += 2;
            }
            Head head = head(s, j, used);
            if (head == null && j < n && Lexicon.PEOPLE.contains(lastNounOfPhrase(s, j).toLowerCase(Locale.ROOT))) {
                i = j - 1;
                continue; // "a Turkish police officer", "Russian civilians": people of the nation, not the state
            }
            for (int g = 0; g < group.size(); g++) {
                int at = group.get(g);
                Actor st = gazetteer.demonym(s.token(at).text()).orElseThrow();
                Actor actor = head == null ? st : headActor(st, head, doc);
                boolean last = g == group.size() - 1;
                int end = last && head != null ? head.end : at + 1;
                Kind kind = head != null && "leader".equals(head.category) && actor.is(ActorType.PERSON)
                        ? Kind.DESCRIPTION : Kind.DEMONYM;
                found.add(new Mention(s.index(), at, end, s.token(at).start(), s.token(end - 1).end(),
                        s.text(at, end), actor, kind, null, null, false, null));
                for (int t = at; t < end; t++) {
                    used[t] = true;
                }
            }
            i = head != null ? Math.max(i, head.end - 1) : j - 1;
        }
    }

    private static String lastNounOfPhrase(Sentence s, int from) {
        String last = "";
        for (int k = from; k < Math.min(s.size(), from + 4); k++) {
            Token t = s.token(k);
            if (t.isNoun() || t.tag().startsWith("JJ")) {
                last = t.text();
            } else {
                break;
            }
        }
        return last;
    }

    // ---- generic words: "rebels" in an article about Syria ------------------------------------------------

    private void findGenerics(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        for (int i = 0; i < s.size(); i++) {
            if (used[i]) {
                continue;
            }
            for (int len = 3; len >= 1; len--) {
                if (i + len > s.size() || !free(used, i, i + len)) {
                    continue;
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
                Optional<String> country = doc.focusCountry(gazetteer, w);
                if (country.isEmpty()) {
                    continue;
                }
                Optional<Actor> a = gazetteer.generic(country.get(), w);
                if (a.isPresent()) {
                    Mention m = modifier == null ? mention(s, i, i + len, a.get(), Kind.GENERIC)
                            : partMention(s, i, 0, dash, a.get(), Kind.GENERIC).withModifier(modifier);
                    add(found, used, m);
                    break;
                }
            }
        }
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

    private void findReferences(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        // resolve in order, so that "he" may refer to a person named earlier in the same sentence
        List<Mention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Mention::first));
        int next = 0;
        for (int i = 0; i < s.size(); i++) {
            while (next < sorted.size() && sorted.get(next).first() <= i) {
                doc.saw(sorted.get(next++));
            }
            if (used[i]) {
                continue;
            }
            String lw = s.token(i).text().toLowerCase(Locale.ROOT);
            Actor ref = null;
            int end = i + 1;
            Kind kind = Kind.PRONOUN;
            switch (lw) {
                case "he", "she", "him", "his", "her" -> ref = doc.lastPerson;
                case "its" -> {
                    ref = doc.lastAgent;
                    if (i >= 2 && s.token(i - 1).text().equals("and")) {
                        Mention before = mentionAt(found, s.index(), i - 2);
                        if (before != null && before.actor().type().isAgent()) {
                            // "Bashar al-Assad and its forces": the actor just named
                            ref = before.actor().is(ActorType.PERSON) && before.actor().country() != null
                                    ? gazetteer.byId(before.actor().country()).orElse(before.actor()) : before.actor();
                        }
                    }
                    if (ref != null && lw.equals("its")) {
                        Head head = head(s, i + 1, used);
                        if (head != null && "forces".equals(head.category)) {
                            Actor state = ref.is(ActorType.STATE) ? ref
                                    : ref.country() != null ? gazetteer.byId(ref.country()).orElse(null) : null;
                            if (state != null) {
                                ref = gazetteer.forcesOf(state);
                            }
                            end = head.end;
                        }
                    }
                }
                case "the" -> {
                    if (i + 1 < s.size() && !used[i + 1]) {
                        String nw = s.token(i + 1).text().toLowerCase(Locale.ROOT);
                        kind = Kind.DESCRIPTION;
                        end = i + 2;
                        ref = switch (nw) {
                            case "town", "city", "village" -> doc.lastPlace;
                            case "group", "militants", "jihadists" -> doc.lastGroup;
                            case "alliance", "bloc" -> doc.lastAlliance;
                            case "coalition" -> doc.lastCoalition;
                            case "military", "army" -> doc.lastForces;
                            case "minister", "president", "leader" -> doc.lastPerson != null
                                    && doc.personTitles.containsKey(doc.lastPerson.id()) ? doc.lastPerson : null;
                            default -> null;
                        };
                        if (ref != null && i + 2 < s.size() && s.token(i + 2).text().equals("of")) {
                            ref = null; // "the town of X" names the town itself
                        }
                    }
                }
                default -> { }
            }
            if (ref != null) {
                Mention m = new Mention(s.index(), i, end, s.token(i).start(), s.token(end - 1).end(),
                        s.text(i, end), ref, kind, null, null, false, null);
                add(found, used, m);
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static Mention mention(Sentence s, int first, int last, Actor actor, Kind kind) {
        return Mention.of(s.index(), first, last, s.token(first).start(), s.token(last - 1).end(), s.text(first, last),
                actor, kind);
    }

    private static Mention partMention(Sentence s, int token, int from, int to, Actor actor, Kind kind) {
        Token t = s.token(token);
        return Mention.of(s.index(), token, token + 1, t.start() + from, t.start() + to, t.text().substring(from, to),
                actor, kind);
    }

    private static void add(List<Mention> found, boolean[] used, Mention m) {
        found.add(m);
        for (int t = m.first(); t < m.last(); t++) {
            used[t] = true;
        }
    }

    private static boolean free(boolean[] used, int from, int to) {
        for (int t = from; t < to; t++) {
            if (used[t]) {
                return false;
            }
        }
        return true;
    }

    private static Mention mentionAt(List<Mention> found, int sentence, int token) {
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

    private static boolean isNameToken(Token t) {
        String w = t.text();
        if (w.startsWith("al-") && w.length() > 4 && Character.isUpperCase(w.charAt(3))) {
            return true; // "al-Assad"
        }
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.tag().startsWith("NNP")
                && !Lexicon.NOT_NAMES.contains(w.replace(".", "")) && w.chars().anyMatch(Character::isLowerCase);
    }

    private static boolean isNameParticle(Sentence s, int j) {
        String w = s.token(j).text();
        return Set.of("al", "bin", "ibn", "abu", "de", "van", "von", "el", "ad").contains(w);
    }
}
