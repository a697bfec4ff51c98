package org.conflictkg.server.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.relations.CameoFamilies;
import org.conflictkg.relations.Relation;

/**
 * The relation families the page filters and colours by: the alliance relations of the ontology, and CAMEO's twenty
 * event families grouped by their quad class. Each family names the relations ({@link Relation#localName()}) it
 * stands for; an edge of the network is one relation between two actors.
 *
 * <p>Stateless; thread-safe: the families are immutable constants.
 */
public final class RelationFamilies {
    /** One family: an id for the API, a label, a colour and the relations it covers. */
    public record Family(String id, String label, String colour, boolean shownByDefault, List<Relation> relations) {}

    private static final List<Family> FAMILIES = List.of(
            new Family("backs", "backs", "#2e7d32", true, List.of(Relation.BACKS)),
            new Family("allied", "allied or cooperating", "#1565c0", true,
                    List.of(Relation.ALLIED_WITH, Relation.COOPERATES_WITH)),
            new Family("attacks", "attacks", "#c62828", true, List.of(Relation.ATTACKS)),
            new Family("opposes", "opposes", "#6a1b9a", true, List.of(Relation.OPPOSES)),
            new Family("criticizes", "criticizes", "#ef6c00", true, List.of(Relation.CRITICIZES)),
            new Family("talks", "talks", "#00838f", true, List.of(Relation.TALKS_WITH)),
            new Family("leads", "leads or is member of", "#8d6e63", false,
                    List.of(Relation.LEADER_OF, Relation.MEMBER_OF)),
            cameo("cameo-verbal-cooperation", "CAMEO 01–05 verbal cooperation", "#64b5f6", 1, 5),
            cameo("cameo-material-cooperation", "CAMEO 06–08 material cooperation", "#81c784", 6, 8),
            cameo("cameo-verbal-conflict", "CAMEO 09–14 verbal conflict", "#ffb74d", 9, 14),
            cameo("cameo-material-conflict", "CAMEO 15–20 material conflict", "#e57373", 15, 20));

    private RelationFamilies() {}

    private static Family cameo(String id, String label, String colour, int first, int last) {
        List<Relation> members = new ArrayList<>();
        for (Relation r : CameoFamilies.all()) {
            int code = Integer.parseInt(r.cameoRoot());
            if (code >= first && code <= last) {
                members.add(r);
            }
        }
        return new Family(id, label, colour, false, List.copyOf(members));
    }

    public static List<Family> all() {
        return FAMILIES;
    }

    /** The family of a relation, if the page shows it. */
    public static Optional<Family> of(Relation relation) {
        return FAMILIES.stream().filter(f -> f.relations().contains(relation)).findFirst();
    }

    /** The family of a relation's local name ({@code backs}, {@code fights}). */
    public static Optional<Family> of(String localName) {
        return FAMILIES.stream().filter(f -> f.relations().stream().anyMatch(r -> r.localName().equals(localName)))
                .findFirst();
    }

    /** A relation's label: the CAMEO name for a family ("fight"), else its local name. */
    public static String label(Relation relation) {
        return relation.isCameoFamily() ? relation.cameoRoot() + " " + CameoFamilies.name(relation) : relation.localName();
    }

    /**
     * The relations of the families with these ids; every family's shown by default when none is given.
     *
     * @throws IllegalArgumentException for an unknown family id
     */
    public static Set<Relation> relations(List<String> familyIds) {
        Set<Relation> out = new LinkedHashSet<>();
        if (familyIds.isEmpty()) {
            FAMILIES.stream().filter(Family::shownByDefault).forEach(f -> out.addAll(f.relations()));
            return out;
        }
        for (String id : familyIds) {
            Family f = FAMILIES.stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no relation family '" + id + "'; use one of "
                            + String.join(", ", FAMILIES.stream().map(Family::id).toList())));
            out.addAll(f.relations());
        }
        return out;
    }
}
