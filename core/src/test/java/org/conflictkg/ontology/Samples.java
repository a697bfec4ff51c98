package org.conflictkg.ontology;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;

/** Hand-written instance data in the shape the extractor writes (see ontology/README.md). */
final class Samples {
    private Samples() {}

    static final String PREFIXES = """
            @prefix ckg:     <https://w3id.org/conflict-kg/ontology#> .
            @prefix id:      <https://w3id.org/conflict-kg/id/> .
            @prefix actor:   <https://w3id.org/conflict-kg/id/actor/> .
            @prefix place:   <https://w3id.org/conflict-kg/id/place/> .
            @prefix owl:     <http://www.w3.org/2002/07/owl#> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix prov:    <http://www.w3.org/ns/prov#> .
            @prefix wd:      <http://www.wikidata.org/entity/> .
            """;

    static final String HASH = "3f1c9a2b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a";

    /**
     * One document graph: two sentences, four assertions (asserted, attack on a place, negated, claimed); three of
     * them with a CAMEO code and family, one without.
     */
    static final String VALID_TRIG = PREFIXES + """
            <https://w3id.org/conflict-kg/id/graph/%1$s> {
              <https://w3id.org/conflict-kg/id/doc/%1$s> a ckg:Document ;
                  dcterms:identifier "syria-2015.txt" ;
                  dcterms:source "/data/news/syria-2015.txt" ;
                  dcterms:title "Russia steps up support for Assad" ;
                  ckg:contentHash "%1$s" ;
                  prov:generatedAtTime "2026-11-21T10:15:00Z"^^xsd:dateTime .

              <https://w3id.org/conflict-kg/id/doc/%1$s/sentence/0> a ckg:Sentence ;
                  ckg:text "Moscow backs Assad and joined forces with Iran." ;
                  ckg:sentenceIndex 0 ; ckg:startOffset 34 ; ckg:endOffset 81 ;
                  dcterms:isPartOf <https://w3id.org/conflict-kg/id/doc/%1$s> .
              <https://w3id.org/conflict-kg/id/doc/%1$s/sentence/1> a ckg:Sentence ;
                  ckg:text "Russian jets struck Idlib, the rebels said, but Turkey did not attack Russia." ;
                  ckg:sentenceIndex 1 ; ckg:startOffset 82 ; ckg:endOffset 158 ;
                  dcterms:isPartOf <https://w3id.org/conflict-kg/id/doc/%1$s> .

              <https://w3id.org/conflict-kg/id/doc/%1$s/assertion/0> a ckg:Assertion ;
                  ckg:subject actor:russia ; ckg:object actor:bashar-al-assad ;
                  ckg:relation ckg:backs ; ckg:surfaceRelation "backs" ;
                  ckg:modality ckg:asserted ; ckg:confidence 0.8e0 ;
                  ckg:evidence <https://w3id.org/conflict-kg/id/doc/%1$s/sentence/0> ;
                  prov:wasDerivedFrom <https://w3id.org/conflict-kg/id/doc/%1$s> ;
                  ckg:subjectText "Moscow" ; ckg:objectText "Assad" .
              <https://w3id.org/conflict-kg/id/doc/%1$s/assertion/1> a ckg:Assertion ;
                  ckg:subject actor:russia ; ckg:object actor:iran ;
                  ckg:relation ckg:alliedWith ; ckg:surfaceRelation "joined forces with" ;
                  ckg:cameoCode "05" ; ckg:cameoFamily ckg:cooperatesDiplomaticallyWith ;
                  ckg:modality ckg:asserted ; ckg:confidence 0.7e0 ;
                  ckg:evidence <https://w3id.org/conflict-kg/id/doc/%1$s/sentence/0> ;
                  prov:wasDerivedFrom <https://w3id.org/conflict-kg/id/doc/%1$s> ;
                  ckg:subjectText "Moscow" ; ckg:objectText "Iran" .
              <https://w3id.org/conflict-kg/id/doc/%1$s/assertion/2> a ckg:Assertion ;
                  ckg:subject actor:russian-aerospace-forces ; ckg:object place:idlib ;
                  ckg:relation ckg:attacks ; ckg:surfaceRelation "struck" ;
                  ckg:cameoCode "195" ; ckg:cameoFamily ckg:fights ;
                  ckg:modality ckg:asserted ; ckg:confidence 0.9e0 ;
                  ckg:place place:idlib ; ckg:claimedBy actor:syrian-rebels ;
                  ckg:evidence <https://w3id.org/conflict-kg/id/doc/%1$s/sentence/1> ;
                  prov:wasDerivedFrom <https://w3id.org/conflict-kg/id/doc/%1$s> ;
                  ckg:subjectText "Russian jets" ; ckg:objectText "Idlib" .
              <https://w3id.org/conflict-kg/id/doc/%1$s/assertion/3> a ckg:Assertion ;
                  ckg:subject actor:turkey ; ckg:object actor:russia ;
                  ckg:relation ckg:attacks ; ckg:surfaceRelation "did not attack" ;
                  ckg:cameoCode "19" ; ckg:cameoFamily ckg:fights ;
                  ckg:modality ckg:negated ; ckg:confidence 0.6e0 ;
                  ckg:evidence <https://w3id.org/conflict-kg/id/doc/%1$s/sentence/1> ;
                  prov:wasDerivedFrom <https://w3id.org/conflict-kg/id/doc/%1$s> ;
                  ckg:subjectText "Turkey" ; ckg:objectText "Russia" .

              actor:russia ckg:backs actor:bashar-al-assad ; ckg:alliedWith actor:iran .
              actor:russian-aerospace-forces ckg:attacks place:idlib .

              actor:russia a ckg:State ; skos:prefLabel "Russia" ; skos:altLabel "Moscow" , "Kremlin" ;
                  owl:sameAs wd:Q159 .
              actor:iran a ckg:State ; skos:prefLabel "Iran" ; owl:sameAs wd:Q794 .
              actor:turkey a ckg:State ; skos:prefLabel "Turkey" ; owl:sameAs wd:Q43 .
              actor:bashar-al-assad a ckg:Person ; skos:prefLabel "Bashar al-Assad" ; skos:altLabel "Assad" ;
                  owl:sameAs wd:Q44329 .
              actor:russian-aerospace-forces a ckg:ArmedForces ; skos:prefLabel "Russian Aerospace Forces" ;
                  ckg:partOf actor:russian-armed-forces .
              actor:russian-armed-forces a ckg:ArmedForces ; skos:prefLabel "Russian Armed Forces" ;
                  ckg:partOf actor:russia .
              actor:syrian-rebels a ckg:ArmedGroup ; skos:prefLabel "Syrian rebels" .
              place:idlib a ckg:Place ; skos:prefLabel "Idlib" ; owl:sameAs wd:Q186419 .
            }
            """.formatted(HASH);

    static final String DOC = "https://w3id.org/conflict-kg/id/doc/" + HASH;

    static Dataset validDataset() {
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(VALID_TRIG, Lang.TRIG).parse(ds);
        return ds;
    }

    /** The union of the sample's named graphs as one model. */
    static Model validModel() {
        Model m = ModelFactory.createDefaultModel();
        Dataset ds = validDataset();
        ds.listNames().forEachRemaining(n -> m.add(ds.getNamedModel(n)));
        return m;
    }

    static Model turtle(String body) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(PREFIXES + body, Lang.TURTLE).parse(m);
        return m;
    }

    static String toTurtle(Model m) {
        java.io.StringWriter w = new java.io.StringWriter();
        RDFDataMgr.write(w, m, Lang.TURTLE);
        return w.toString();
    }
}
