package org.conflictkg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.conflictkg.actors.ActorType;
import org.conflictkg.relations.CameoFamilies;
import org.conflictkg.relations.Modality;
import org.conflictkg.relations.Relation;
import org.junit.jupiter.api.Test;

/** The parts of the network API that need no store of articles: parameters, families, the partOf roll-up. */
class NetworkPartsTest {
    private static final String A = "https://w3id.org/conflict-kg/id/actor/";

    private static Params params(Map<String, String> values) {
        return new Params(values.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> new String[] {e.getValue()})));
    }

    @Test
    void theDefaultFilterIsTheAssertedAllianceRelations() {
        NetworkFilter f = NetworkFilter.parse(params(Map.of()));
        assertEquals(Set.of(Modality.ASSERTED), f.modalities());
        assertTrue(f.relations().containsAll(List.of(Relation.BACKS, Relation.ALLIED_WITH, Relation.ATTACKS,
                Relation.CRITICIZES, Relation.TALKS_WITH)));
        assertTrue(f.relations().stream().noneMatch(Relation::isCameoFamily), "CAMEO families only when asked");
        assertEquals(NetworkFilter.DEFAULT_LIMIT, f.limit());
        assertEquals(0, f.offset());
        assertTrue(f.types().isEmpty());
    }

    @Test
    void readsEveryParameter() {
        NetworkFilter f = NetworkFilter.parse(params(Map.of("family", "backs,cameo-material-conflict",
                "modality", "alleged, negated", "from", "2016-10-01", "to", "2016-10-31", "minConfidence", "0.6",
                "type", "State,ArmedGroup", "actor", A + "russia", "offset", "300", "limit", "50")));
        assertTrue(f.relations().contains(Relation.BACKS) && f.relations().contains(Relation.FIGHTS));
        assertEquals(7, f.relations().size(), "backs and CAMEO 15-20");
        assertEquals(EnumSet.of(Modality.ASSERTED, Modality.ALLEGED, Modality.NEGATED), f.modalities());
        assertEquals(Optional.of(LocalDate.of(2016, 10, 1)), f.from());
        assertEquals(Optional.of(LocalDate.of(2016, 10, 31)), f.to());
        assertEquals(Optional.of(new BigDecimal("0.6")), f.minConfidence());
        assertEquals(Set.of(ActorType.STATE, ActorType.ARMED_GROUP), f.types());
        assertEquals(Optional.of(A + "russia"), f.actor());
        assertEquals(300, f.offset());
        assertEquals(50, f.limit());
    }

    @Test
    void refusesBadParametersWithAMessage() {
        for (Map<String, String> bad : List.of(Map.of("family", "friends"), Map.of("modality", "rumoured"),
                Map.of("from", "2016-13-01"), Map.of("minConfidence", "1.5"), Map.of("minConfidence", "high"),
                Map.of("type", "Planet"), Map.of("actor", "http://example.org/x"), Map.of("actor", A + "x>y"),
                Map.of("limit", "0"), Map.of("limit", "100000"), Map.of("offset", "-1"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> NetworkFilter.parse(params(bad)), bad.toString());
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), bad.toString());
        }
    }

    @Test
    void everyCameoFamilyHasAFamilyOnThePage() {
        for (Relation r : CameoFamilies.all()) {
            assertTrue(RelationFamilies.of(r).isPresent(), r.localName());
        }
        assertEquals("19 fight", RelationFamilies.label(Relation.FIGHTS));
        assertEquals("backs", RelationFamilies.label(Relation.BACKS));
    }

    @Test
    void rollsActorsUpToTheTopOfTheirHierarchy() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> UpdateAction.parseExecute("""
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                PREFIX a: <https://w3id.org/conflict-kg/id/actor/>
                INSERT DATA { GRAPH <https://w3id.org/conflict-kg/id/graph/actors> {
                  a:russian-air-force ckg:partOf a:russian-armed-forces , a:russia .
                  a:russian-armed-forces ckg:partOf a:russia .
                  a:loop-a ckg:partOf a:loop-b . a:loop-b ckg:partOf a:loop-a .
                } }""", ds));
        Txn.executeRead(ds, () -> {
            Hierarchy h = Hierarchy.read(ds);
            assertEquals(A + "russia", h.top(A + "russian-air-force"));
            assertEquals(A + "russia", h.top(A + "russian-armed-forces"));
            assertEquals(A + "russia", h.top(A + "russia"));
            assertEquals(A + "turkey", h.top(A + "turkey"));
            assertTrue(h.top(A + "loop-a").startsWith(A + "loop-"), "a cycle ends, somewhere in it");
        });
    }
}
