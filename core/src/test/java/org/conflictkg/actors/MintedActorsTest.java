package org.conflictkg.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ids and types of actors for names the gazetteer does not know (invented names): one type per id, in any context. */
class MintedActorsTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final MintedActors MINTED = new MintedActors(GAZETTEER);

    @Test
    void aNamesOwnWordsGiveItsType() {
        assertEquals(Optional.of(ActorType.ORGANIZATION), MintedActors.typeOfName("Sham Orvel Legion"));
        assertEquals(Optional.of(ActorType.ORGANIZATION), MintedActors.typeOfName("Front for the Liberation of Meshar"));
        // a military formation is a body, whatever the name finder said: "Vekar Operations Division" is no person
        assertEquals(Optional.of(ActorType.ORGANIZATION), MintedActors.typeOfName("Vekar Operations Division"));
        assertEquals(Optional.of(ActorType.ORGANIZATION), MintedActors.typeOfName("Meshar Signals Battalion"));
        assertEquals(Optional.of(ActorType.ARMED_GROUP), MintedActors.typeOfName("Varoshi fighters"));
        assertEquals(Optional.of(ActorType.ARMED_GROUP), MintedActors.typeOfName("pro-Varoshi forces"));
        assertEquals(Optional.of(ActorType.PLACE), MintedActors.typeOfName("Meshar Military Airbase"));
        assertEquals(Optional.of(ActorType.PLACE), MintedActors.typeOfName("Qal'at Meshar"));
        assertEquals(Optional.of(ActorType.ORGANIZATION), MintedActors.typeOfName("Jaysh al-Meshar"));
        assertEquals(Optional.of(ActorType.ORGANIZATION), MintedActors.typeOfName("Kata'ib Orvel"));
        assertEquals(Optional.empty(), MintedActors.typeOfName("Jaysh"), "a prefix alone is no name");
        assertEquals(Optional.empty(), MintedActors.typeOfName("Varosh Kalenti"));
        assertEquals(Optional.empty(), MintedActors.typeOfName("Meshar State"), "a province, as often as a party");
    }

    @Test
    void theSlugIsTheActorOfTheNamesOwnTypeAndAnyOtherTypeIsInTheId() {
        assertEquals("varosh-kalenti", MINTED.actor("Varosh Kalenti", ActorType.PERSON).id());
        assertEquals("organization/varosh-kalenti", MINTED.actor("Varosh Kalenti", ActorType.ORGANIZATION).id());
        assertEquals("place/varosh-kalenti", MINTED.actor("Varosh Kalenti", ActorType.PLACE).id());
        assertEquals("sham-orvel-legion", MINTED.actor("Sham Orvel Legion", ActorType.ORGANIZATION).id());
        assertEquals("person/sham-orvel-legion", MINTED.actor("Sham Orvel Legion", ActorType.PERSON).id());
        assertEquals("armed-group/varosh-kalenti", MINTED.actor("Varosh Kalenti", ActorType.ARMED_GROUP).id());
    }

    /** Every name in every type: an id never comes with two types, and spellings of one slug share it. */
    @Test
    void anIdHasOneTypeWhateverTheContext() {
        List<String> names = List.of("Varosh Kalenti", "Varosh-Kalenti", "VAROSH KALENTI", "Sham Orvel Legion",
                "Tal Meshar", "Meshar Military Airbase", "Meshar", "Varoshi fighters", "Orvel Party");
        Map<String, ActorType> typeOfId = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String name : names) {
            for (ActorType type : ActorType.values()) {
                Actor a = MINTED.actor(name, type);
                assertEquals(type, a.type(), name);
                ActorType before = typeOfId.putIfAbsent(a.id(), type);
                if (before != null && before != type) {
                    clashes.add(a.id() + " is " + before + " and " + type);
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    /** A minted actor shares an id with a gazetteer actor only by being it. */
    @Test
    void aKnownIdIsTheKnownActorOrNotUsed() {
        Actor assad = MINTED.actor("Bashar Al Assad", ActorType.PERSON);
        assertEquals(GAZETTEER.byId("bashar-al-assad").orElseThrow(), assad);
        assertEquals("person/hama", MINTED.actor("Hama", ActorType.PERSON).id());
        List<String> clashes = new ArrayList<>();
        for (Actor known : GAZETTEER.actors()) {
            for (ActorType type : ActorType.values()) {
                Actor a = MINTED.actor(known.label(), type);
                Optional<Actor> same = GAZETTEER.byId(a.id());
                if (same.isPresent() && same.get().type() != type) {
                    clashes.add(known.label() + " as " + type + " took the id of " + same.get());
                }
            }
        }
        assertTrue(clashes.isEmpty(), () -> clashes.size() + " clashes, e.g. " + clashes.get(0));
    }
}
