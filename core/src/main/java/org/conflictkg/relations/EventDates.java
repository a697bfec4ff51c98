package org.conflictkg.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.time.TimeExpressions;
import org.conflictkg.time.When;

/**
 * The date of an event: the time expression that hangs from its trigger in the tree, the way its places do ("struck
 * Aleppo on Wednesday", "bombed Gaza yesterday", "Wednesday's attack", "the strikes on Tuesday"), resolved against
 * the article's date. A time expression of another clause is not the event's: in "Turkey said on Tuesday that its
 * troops had attacked", Tuesday is the day of the saying, not of the attack. Thread-safe.
 */
public final class EventDates {
    /** Prepositions whose object is the time of what they modify; "since", "until" and "before" give bounds. */
    private static final Set<String> AT = Set.of("on", "in", "at", "during");
    /** Prepositions by which a verb names what caused it: "killed in shelling", "wounded by air strikes". */
    private static final Set<String> CAUSE = Set.of("in", "by", "during");
    /** Labels under which a bare time phrase modifies a verb or noun: "yesterday", "last month", "two days ago". */
    private static final Set<String> BARE = Set.of("npadvmod", "tmod", "advmod", "nmod", "poss", "compound");
    /** A date split by the tokenizer ("Jan" "." "23" "," "2016") continues over at most this many tokens. */
    private static final int SPILL = 4;

    private final Cues cues;

    EventDates(Cues cues) {
        this.cues = cues;
    }

    /** The dater with the bundled cue lists. */
    public static EventDates bundled() {
        return new EventDates(Cues.bundled());
    }

    /**
     * The day of the event that the frame at token {@code trigger} of {@code s} reads, when a time expression
     * attached to it names one; empty when none does, or when it names a coarser period ("last month").
     */
    public Optional<LocalDate> day(Sentence s, int trigger, LocalDate article) {
        return when(s, trigger, article).flatMap(When::day);
    }

    /** The most precise period named by the time expressions attached to the trigger. */
    Optional<When> when(Sentence s, int trigger, LocalDate article) {
        When best = null;
        for (String phrase : phrases(s, trigger)) {
            When w = TimeExpressions.resolve(phrase, article).orElse(null);
            if (w != null && (best == null || w.precision().compareTo(best.precision()) < 0)) {
                best = w;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The phrases that may date the trigger's event, its own first. */
    List<String> phrases(Sentence s, int trigger) {
        List<String> out = new ArrayList<>(2);
        if (trigger < 0 || trigger >= s.size() || !s.parsed()) {
            return out;
        }
        clause(s, trigger, 0, out);
        int h = s.head(trigger);
        if (h < 0) {
            return out;
        }
        String dep = s.dep(trigger);
        if (s.token(trigger).isNoun() && s.token(h).isVerb() && (dep.equals("nsubj") || dep.equals("nsubjpass")
                || dep.equals("dobj") && cues.is(s.token(h).lemma(), Cues.Effect.LIGHT))) {
            // "the strikes killed ten people on Tuesday", "launched an offensive last week": the clause's time is
            // the event's
            clause(s, h, 0, out);
        } else if (s.token(trigger).isNoun() && dep.equals("pobj") && CAUSE.contains(s.token(h).lemma())
                && s.head(h) >= 0 && s.token(s.head(h)).isVerb()) {
            clause(s, s.head(h), 0, out); // "31 people were killed on Saturday in government shelling"
        } else if (out.isEmpty() && s.token(trigger).isVerb() && dep.equals("conj")) {
            // "the coalition conducted strikes on Monday and destroyed ...": coordinated verbs of one subject share
            // its time; with a subject of its own, only a time after both verbs may be shared
            boolean ownSubject = !s.children(trigger, "nsubj").isEmpty() || !s.children(trigger, "nsubjpass").isEmpty();
            clause(s, h, ownSubject ? trigger + 1 : 0, out);
        }
        return out;
    }

    /**
     * Adds the time phrases of the clause or phrase headed by {@code r} that begin at or after token {@code from}.
     * The parser often hangs a verb's time from its object ("conducted 18 strikes on Monday") or, when it stands
     * between subject and verb, from the subject ("Human Rights Watch on Monday accused"); names and the nouns of
     * such objects seldom take a time of their own.
     */
    private static void clause(Sentence s, int r, int from, List<String> out) {
        attached(s, r, from, out);
        if (!s.token(r).isVerb()) {
            return;
        }
        for (int c : s.children(r)) {
            String dep = s.dep(c);
            if (c >= from && dep.equals("dobj")) {
                timesAt(s, c, from, s.size(), out);
            } else if (c >= from && (dep.equals("nsubj") || dep.equals("nsubjpass")) && c < r) {
                timesAt(s, c, from, r, out);
            }
        }
    }

    /** Adds the time phrases under token {@code r} that begin at or after token {@code from}. */
    private static void attached(Sentence s, int r, int from, List<String> out) {
        for (int c : s.children(r)) {
            if (c < from) {
                continue;
            }
            String dep = s.dep(c);
            if (dep.equals("prep") && AT.contains(s.token(c).lemma())) {
                for (int o : s.children(c, "pobj")) {
                    out.add(phrase(s, o));
                }
            } else if (BARE.contains(dep)) {
                out.add(phrase(s, c));
            }
        }
    }

    /** Adds the objects of the time prepositions under {@code r} that stand in tokens {@code [from, to)}. */
    private static void timesAt(Sentence s, int r, int from, int to, List<String> out) {
        for (int p : s.children(r, "prep")) {
            if (p >= from && p < to && AT.contains(s.token(p).lemma())) {
                for (int o : s.children(p, "pobj")) {
                    out.add(phrase(s, o));
                }
            }
        }
    }

    /**
     * The text of the subtree of {@code k}, with the numbers and punctuation right after it: the tokenizer may cut
     * "Jan. 23, 2016" after "Jan" (or make "3." of a day at the end of a sentence) and the parser hang the rest
     * elsewhere.
     */
    private static String phrase(Sentence s, int k) {
        int end = s.subtreeEnd(k);
        int limit = Math.min(s.size(), end + SPILL);
        int e = end;
        while (e < limit && (s.token(e).text().matches("[.,]") || s.token(e).text().matches("\\d{1,4}(?:st|nd|rd|th)?\\.?"))) {
            e++;
        }
        return s.text(s.subtreeStart(k), e);
    }
}
