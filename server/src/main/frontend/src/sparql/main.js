// The SPARQL editor: YASGUI on the read-only endpoint, one tab per ready query of queries/ (queries.json, written by
// the build from those files), and the project's prefixes in every new tab. Nothing is fetched from other sites:
// the autocompleters that ask prefix.cc and LOV are off.
import Yasgui from '@zazuko/yasgui';
import { tabText } from './ready-queries.js';

const PREFIXES = {
  ckg: 'https://w3id.org/conflict-kg/ontology#',
  kgg: 'https://w3id.org/conflict-kg/id/graph/',
  actor: 'https://w3id.org/conflict-kg/id/actor/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
};

const STARTER = `${Object.entries(PREFIXES).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join('\n')}

SELECT ?who ?relation ?whom (COUNT(DISTINCT ?g) AS ?documents) WHERE {
  GRAPH ?g { ?a ckg:relation ?r ; ckg:modality ckg:asserted ; ckg:subject ?s ; ckg:object ?o }
  ?s skos:prefLabel ?who . ?o skos:prefLabel ?whom .
  BIND (STRAFTER(STR(?r), "#") AS ?relation)
}
GROUP BY ?who ?relation ?whom
ORDER BY DESC(?documents)
LIMIT 100
`;

async function start() {
  const endpoint = new URL('conflict/sparql', window.location.href).href;
  Yasgui.Yasqe.defaults.autocompleters = ['variables'];
  Yasgui.Yasqe.defaults.value = STARTER;
  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint }] },
    yasqe: { value: STARTER },
  });
  const queries = await (await fetch('queries.json')).json();
  const texts = await Promise.all(queries.map(tabText));
  queries.forEach((q, i) => {
    yasgui.addTab(false, { name: q.name, yasqe: { value: texts[i] }, requestConfig: { endpoint } });
  });
  window.conflictKg = { yasgui };
}

start();
