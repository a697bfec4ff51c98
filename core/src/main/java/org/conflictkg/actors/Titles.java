package org.conflictkg.actors;

import static org.conflictkg.actors.MentionSpans.add;
import static org.conflictkg.actors.MentionSpans.isInitial;
import static org.conflictkg.actors.MentionSpans.isNameParticle;
import static org.conflictkg.actors.MentionSpans.isNameToken;
import static org.conflictkg.actors.MentionSpans.mention;
import static org.conflictkg.actors.MentionSpans.mentionAt;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.actors.Mention.Kind;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * People named with a title ("Turkish President Tayyip Erdogan", "Britain's defense minister, X"), who lead or
 * belong to the body the title names, and known people named again by surname alone ("Rudskoi"). The title words
 * are in {@link Lexicon}.
 */
final class Titles {
    private final Gazetteer gazetteer;
    private final MintedActors minted;

    Titles(Gazetteer gazetteer, MintedActors minted) {
        this.gazetteer = gazetteer;
        this.minted = minted;
    }

    /** "Turkish President Tayyip Erdogan", "Foreign Minister Mevlut Cavusoglu", "Britain's defense minister, X". */
    void find(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
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
            while (j < n && j - i < 4 && !used[j] && (isNameToken(s.token(j)) || isNameParticle(s, j)
                    || isInitial(s, j) && j + 1 < n && isNameToken(s.token(j + 1)))) {
                j++; // "General Raymond T. Odierno": an initial inside a name
            }
            while (j > i && isNameParticle(s, j - 1)) {
                j--;
            }
            int first = i;
            while (first < j && (Lexicon.TITLE_WORDS.contains(s.token(first).text().toLowerCase(Locale.ROOT))
                    || NameTyper.isTitle(s.token(first).text()))) {
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

    static boolean hasInstitutionWord(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Lexicon.INSTITUTION_WORDS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    Actor newPerson(String name) {
        return minted.actor(name, ActorType.PERSON);
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
        Actor state = null; // the first state named in the title, for an envoy posted to an organization
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
                if (state == null && inside.actor().is(ActorType.STATE)) {
                    state = inside.actor();
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
                if (state == null && dem.get().is(ActorType.STATE)) {
                    state = dem.get();
                }
                start = t;
                continue;
            }
            if (Lexicon.TITLE_WORDS.contains(lw) || w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) {
                start = t;
                continue;
            }
            break;
        }
        // a leading "of"/"the"/"'s" is not part of the title
        while (start < i && Set.of("of", "the", "'s", "’s", "and").contains(s.token(start).text().toLowerCase(Locale.ROOT))) {
            start++;
        }
        if (start >= i || s.token(i - 1).text().equalsIgnoreCase("and")) {
            return person; // "the Russian and Assad regime forces": a list, not a title
        }
        if (!hasTitleWord(s, start, i)) {
            return person; // "... to counter ISIL Brett McGurk": a name before a name is no title without a title word
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
        if (org != null && org.is(ActorType.INTERNATIONAL_ORGANIZATION) && (lowerTitle.contains("ambassador")
                || lowerTitle.contains("envoy") || lowerTitle.contains("representative"))) {
            org = state; // "Russia's U.N. ambassador": posted to the UN, a member of Russia's service
        }
        boolean leader = isLeaderTitle(lowerTitle);
        if (org == null && person.actor().country() != null && leader && !isOrganizationLeaderTitle(lowerTitle)) {
            org = gazetteer.byId(person.actor().country()).orElse(null);
        }
        String side = Arrays.stream(lowerTitle.split("[\\s-]+")).filter(OPPOSING_TITLE_WORDS::contains).findFirst()
                .orElse(null);
        if (side != null && org != null && org.is(ActorType.STATE)) {
            // "opposition leader Alexei Navalny", "Syrian rebel commander": the state's opponents, not the state;
            // the country's group of that name when the gazetteer has one
            String country = org.id();
            org = gazetteer.generic(country, side).or(() -> gazetteer.generic(country, side + "s")).orElse(null);
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

    /** Title words that put a person against the state the title's other words name. */
    private static final Set<String> OPPOSING_TITLE_WORDS = Lexicon.list("opposing-title-words");

    /** True when tokens {@code [from, to)} hold a word of a title or a possessive ("Syria's Assad"). */
    private static boolean hasTitleWord(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.token(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("'s") || w.equals("’s") || Lexicon.TITLE_WORDS.contains(w)
                    && !Set.of("of", "the", "and", "for").contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Titles of heads of organizations: a Secretary-General leads the UN or NATO, never his own country. */
    private static boolean isOrganizationLeaderTitle(String lowerTitle) {
        return lowerTitle.contains("secretary-general") || lowerTitle.contains("secretary general")
                || lowerTitle.contains("general-secretary") || lowerTitle.contains("general secretary")
                || lowerTitle.contains("director-general") || lowerTitle.contains("director general");
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
    void findKnownSurnames(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        for (int i = 0; i < s.size(); i++) {
            if (used[i] || !isNameToken(s.token(i))) {
                continue;
            }
            Actor p = doc.surnames.get(Names.key(s.token(i).text()));
            if (p != null && i > 0 && !used[i - 1] && isNameToken(s.token(i - 1))
                    && !Lexicon.TITLE_WORDS.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT))
                    && !NameTyper.isTitle(s.token(i - 1).text()) && !p.label().contains(" ")) {
                continue; // "Orhan Kaltepe" after "Minister Kaltepe": the full name, found later, is the person
            }
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
}
