package org.conflictkg.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the conflict ontology ({@code ontology/conflict.ttl}) that the graph writer uses.
 * One constant per term; the ontology tests check that every term written here is declared there.
 *
 * <p>Immutable and thread-safe: constants only.
 */
public final class Vocab {
    /** Namespace of the ontology's classes and properties. */
    public static final String NS = "https://w3id.org/conflict-kg/ontology#";
    /** The ontology's IRI ({@code ontology/conflict.ttl}). */
    public static final String ONTOLOGY = "https://w3id.org/conflict-kg/ontology";
    /** The ontology's {@code owl:versionIRI}, which an export imports. */
    public static final String ONTOLOGY_VERSION = ONTOLOGY + "/0.1.0";
    /** Namespace of the instance data: actors, documents, sentences, assertions, graphs. */
    public static final String ID = "https://w3id.org/conflict-kg/id/";
    public static final String ACTOR_NS = ID + "actor/";
    public static final String DOC_NS = ID + "doc/";
    public static final String GRAPH_NS = ID + "graph/";
    /**
     * The named graph that describes every actor the store has seen once (type, labels, Wikidata link, the state
     * a force or ministry is part of), besides the copy in each document's graph: queries walk actor hierarchies
     * there, with one triple per fact however many documents mention the actor.
     */
    public static final String ACTORS_GRAPH = GRAPH_NS + "actors";
    public static final String WIKIDATA_NS = "http://www.wikidata.org/entity/";
    /** The IRI of the {@code owl:Ontology} that a Turtle or RDF/XML export of the store is. */
    public static final String EXPORT = ID + "export";

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    // classes: actors and places
    public static final Resource Actor = cls("Actor");
    public static final Resource State = cls("State");
    public static final Resource Person = cls("Person");
    public static final Resource ArmedGroup = cls("ArmedGroup");
    public static final Resource Organization = cls("Organization");
    public static final Resource InternationalOrganization = cls("InternationalOrganization");
    public static final Resource Coalition = cls("Coalition");
    public static final Resource GovernmentBody = cls("GovernmentBody");
    public static final Resource ArmedForces = cls("ArmedForces");
    public static final Resource Place = cls("Place");

    // classes: provenance
    public static final Resource Document = cls("Document");
    public static final Resource Sentence = cls("Sentence");
    public static final Resource Assertion = cls("Assertion");
    public static final Resource Modality = cls("Modality");

    // modality individuals
    public static final Resource asserted = res("asserted");
    public static final Resource negated = res("negated");
    public static final Resource conditional = res("conditional");
    public static final Resource proposed = res("proposed");
    public static final Resource predicted = res("predicted");
    public static final Resource accidental = res("accidental");
    public static final Resource alleged = res("alleged");

    // relations between actors (the normalized properties)
    public static final Property backs = prop("backs");
    public static final Property opposes = prop("opposes");
    public static final Property attacks = prop("attacks");
    public static final Property attacksIn = prop("attacksIn");
    public static final Property cooperatesWith = prop("cooperatesWith");
    public static final Property alliedWith = prop("alliedWith");
    public static final Property criticizes = prop("criticizes");
    public static final Property talksWith = prop("talksWith");
    public static final Property leaderOf = prop("leaderOf");
    public static final Property memberOf = prop("memberOf");
    public static final Property partOf = prop("partOf");
    public static final Property locatedIn = prop("locatedIn");

    // the assertion record
    public static final Property subject = prop("subject");
    public static final Property object = prop("object");
    public static final Property relation = prop("relation");
    public static final Property surfaceRelation = prop("surfaceRelation");
    public static final Property modality = prop("modality");
    public static final Property confidence = prop("confidence");
    public static final Property place = prop("place");
    public static final Property claimedBy = prop("claimedBy");
    public static final Property evidence = prop("evidence");
    public static final Property subjectText = prop("subjectText");
    public static final Property objectText = prop("objectText");
    /** The CAMEO code the assertion was read under ("19", "195"), an xsd:string. */
    public static final Property cameoCode = prop("cameoCode");
    /** The family property of the root of the assertion's CAMEO code ({@link #fights} for "195"), used as a value. */
    public static final Property cameoFamily = prop("cameoFamily");

    // sentences and documents
    public static final Property text = prop("text");
    public static final Property sentenceIndex = prop("sentenceIndex");
    public static final Property startOffset = prop("startOffset");
    public static final Property endOffset = prop("endOffset");
    public static final Property contentHash = prop("contentHash");
    public static final Property originKey = prop("originKey");
    public static final Property date = prop("date");
    public static final Property publishedOn = prop("publishedOn");

    // reused vocabularies
    public static final Property prefLabel = ResourceFactory.createProperty(SKOS, "prefLabel");
    public static final Property altLabel = ResourceFactory.createProperty(SKOS, "altLabel");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV, "wasDerivedFrom");
    public static final Property generatedAtTime = ResourceFactory.createProperty(PROV, "generatedAtTime");
    public static final Property isPartOf = ResourceFactory.createProperty(DCTERMS, "isPartOf");
    public static final Property identifier = ResourceFactory.createProperty(DCTERMS, "identifier");
    public static final Property source = ResourceFactory.createProperty(DCTERMS, "source");
    public static final Property title = ResourceFactory.createProperty(DCTERMS, "title");

    // added with the ontology (issue 4): the class of the punned relation values, inverses, events and roles
    public static final Resource RelationType = cls("RelationType");
    public static final Property ledBy = prop("ledBy");
    public static final Property hasMember = prop("hasMember");
    public static final Property hasPart = prop("hasPart");
    public static final Resource Event = cls("Event");
    public static final Resource Attack = cls("Attack");
    public static final Resource Strike = cls("Strike");
    public static final Resource JointOperation = cls("JointOperation");
    public static final Resource Meeting = cls("Meeting");
    public static final Resource Statement = cls("Statement");
    public static final Property participant = prop("participant");
    public static final Property agent = prop("agent");
    public static final Property target = prop("target");
    public static final Property time = prop("time");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(PROV, "wasAttributedTo");
    /** Namespace of OWL-Time, the range of {@link #time}. */
    public static final String TIME = "http://www.w3.org/2006/time#";

    // CAMEO root families (01-20): one object property per family, its skos:notation the root code and its
    // ckg:quadClass one of the four QuadClass individuals; the relations above are sub-properties of them
    public static final Resource CameoFamily = cls("CameoFamily");
    public static final Resource QuadClass = cls("QuadClass");
    public static final Resource verbalCooperation = res("verbalCooperation");
    public static final Resource materialCooperation = res("materialCooperation");
    public static final Resource verbalConflict = res("verbalConflict");
    public static final Resource materialConflict = res("materialConflict");
    /** Annotation property from a family property to its QuadClass. */
    public static final Property quadClass = prop("quadClass");
    public static final Property commentsOn = prop("commentsOn");
    public static final Property appealsTo = prop("appealsTo");
    public static final Property intendsToCooperateWith = prop("intendsToCooperateWith");
    public static final Property consults = prop("consults");
    public static final Property cooperatesDiplomaticallyWith = prop("cooperatesDiplomaticallyWith");
    public static final Property cooperatesMateriallyWith = prop("cooperatesMateriallyWith");
    public static final Property providesAidTo = prop("providesAidTo");
    public static final Property yieldsTo = prop("yieldsTo");
    public static final Property investigates = prop("investigates");
    public static final Property demandsOf = prop("demandsOf");
    public static final Property disapprovesOf = prop("disapprovesOf");
    public static final Property rejects = prop("rejects");
    public static final Property threatens = prop("threatens");
    public static final Property protestsAgainst = prop("protestsAgainst");
    public static final Property mobilizesAgainst = prop("mobilizesAgainst");
    public static final Property reducesRelationsWith = prop("reducesRelationsWith");
    public static final Property coerces = prop("coerces");
    public static final Property assaults = prop("assaults");
    public static final Property fights = prop("fights");
    public static final Property commitsMassViolenceAgainst = prop("commitsMassViolenceAgainst");

    private Vocab() {}

    private static Resource cls(String local) { return ResourceFactory.createResource(NS + local); }
    private static Resource res(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property prop(String local) { return ResourceFactory.createProperty(NS + local); }
}
