// The alliance network page: filters and search on the left, the network in the middle, the evidence on the right.
import { api } from '../common/api.js';
import { el, show } from '../common/dom.js';
import { createGraph } from './graph.js';
import { createFilters } from './filters.js';
import { createSearch } from './search.js';
import { appendEvidence, showActor, showEvidence, showMessage } from './evidence.js';

const $ = (id) => document.getElementById(id);
const PAGE = 300;

async function start() {
  const vocabulary = await api.families();
  const colours = Object.fromEntries(vocabulary.families.map((f) => [f.id, f.colour]));
  const panel = $('evidence');
  const status = $('status');
  const state = { actor: null, actorLabel: '', offset: 0, modality: '' };

  const graph = createGraph($('graph'), colours, { onNode: openActor, onEdge: openEdge });
  const filters = createFilters($('filters'), vocabulary, () => { state.offset = 0; load(); });
  createSearch($('search'), $('search-results'), async (actor) => {
    if (!graph.focus(actor.id)) {
      state.actor = actor.id;
      state.actorLabel = actor.label;
      state.offset = 0;
      await load();
      graph.focus(actor.id);
    }
    openActor(actor);
  });
  // for the browser test, the benchmark and the curious: the drawing, and how long the first view and each load took
  const timings = { firstDrawMs: null, loads: [] };
  window.conflictKg = { cy: graph.cy, counts: graph.counts, timings };

  async function load() {
    const filter = filters.read();
    state.modality = filter.modality;
    status.textContent = 'loading…';
    const params = { ...filter, actor: state.actor, offset: state.offset, limit: PAGE };
    const empty = filter.family === 'none' || filter.type === 'none';
    try {
      const started = performance.now();
      const network = empty ? { nodes: [], edges: [], total: 0, offset: 0 } : await api.network(params);
      graph.draw(network);
      const ms = Math.round(performance.now() - started);
      showStatus(network, ms);
      timings.loads.push(ms);
      if (timings.firstDrawMs === null) timings.firstDrawMs = Math.round(performance.now());
    } catch (err) {
      status.textContent = `error: ${err.message}`;
    }
  }

  function showStatus(network, ms) {
    const { nodes, edges } = graph.counts();
    const last = network.offset + edges;
    status.dataset.nodes = nodes;
    status.dataset.edges = edges;
    status.dataset.total = network.total;
    show(status,
      `${nodes} actors, relations ${edges ? network.offset + 1 : 0}–${last} of ${network.total} (${ms} ms)`,
      state.actor ? el('button', { type: 'button', class: 'chip', onclick: () => { state.actor = null; load(); } },
        `around ${state.actorLabel} ✕`) : null,
      network.offset > 0 ? el('button', { type: 'button', onclick: () => page(-PAGE) }, '◀ more documented') : null,
      last < network.total ? el('button', { type: 'button', onclick: () => page(PAGE) }, 'less documented ▶') : null);
  }

  function page(delta) {
    state.offset = Math.max(0, state.offset + delta);
    load();
  }

  async function openEdge(edge) {
    const source = graph.cy.getElementById(edge.source).data('label');
    const target = graph.cy.getElementById(edge.target).data('label');
    const title = `${source} ${edge.label} ${target}`;
    const params = { subject: edge.source, object: edge.target, relation: edge.relation,
      modality: edge.asserted ? '' : edge.modalities.join(','), limit: 20 };
    try {
      let page = await api.evidence(params);
      const more = async () => {
        page = await api.evidence({ ...params, offset: page.offset + page.evidence.length });
        appendEvidence(panel, page, more);
      };
      showEvidence(panel, title, page, more);
    } catch (err) {
      showMessage(panel, `error: ${err.message}`);
    }
  }

  async function openActor(actor) {
    const minConfidence = filters.read().minConfidence;
    try {
      const info = await api.actor({ iri: actor.id, minConfidence });
      showActor(panel, info, (r) => {
        const [subject, object] = r.direction === 'in' ? [r.other, actor.id] : [actor.id, r.other];
        openPair(subject, object, r.relation, r.direction === 'in' ? `${r.label} ${r.relation} ${info.label}`
          : `${info.label} ${r.relation} ${r.label}`);
      });
    } catch (err) {
      showMessage(panel, `error: ${err.message}`);
    }
  }

  async function openPair(subject, object, relation, title) {
    const params = { subject, object, relation, modality: state.modality, limit: 20 };
    let page = await api.evidence(params);
    const more = async () => {
      page = await api.evidence({ ...params, offset: page.offset + page.evidence.length });
      appendEvidence(panel, page, more);
    };
    showEvidence(panel, title, page, more);
  }

  await load();
}

start().catch((err) => {
  document.getElementById('status').textContent = `error: ${err.message}`;
});
