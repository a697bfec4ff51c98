// The evidence panel: the sentences behind an edge (relation, modality, confidence, day, document, with the words
// of the relation and of the two parties marked), or an actor's relations, each a link to its evidence.
import { el, show } from '../common/dom.js';

/** The sentence as text nodes, with the first occurrence of each phrase in a <mark> of its class. */
export function markedSentence(sentence, marks) {
  const ranges = [];
  for (const { text, cls } of marks) {
    if (!text) continue;
    const at = sentence.toLowerCase().indexOf(text.toLowerCase());
    if (at < 0) continue;
    const range = { start: at, end: at + text.length, cls };
    if (!ranges.some((r) => range.start < r.end && r.start < range.end)) ranges.push(range);
  }
  ranges.sort((a, b) => a.start - b.start);
  const parts = [];
  let pos = 0;
  for (const r of ranges) {
    parts.push(sentence.slice(pos, r.start), el('mark', { class: r.cls }, sentence.slice(r.start, r.end)));
    pos = r.end;
  }
  parts.push(sentence.slice(pos));
  return parts.filter((p) => p !== '');
}

function evidenceItem(item) {
  const asserted = item.modality === 'asserted';
  return el('li', { class: asserted ? 'evidence' : 'evidence not-asserted' },
    el('p', { class: 'sentence' }, markedSentence(item.sentence, [
      { text: item.surface, cls: 'relation' },
      { text: item.subjectText, cls: 'party' },
      { text: item.objectText, cls: 'party' },
    ])),
    el('p', { class: 'meta' },
      el('span', { class: 'relation-name' }, item.relation || item.surface),
      el('span', { class: asserted ? 'modality' : 'modality marked', title: 'modality' }, item.modality),
      el('span', { title: 'confidence' }, `confidence ${item.confidence}`),
      item.date ? el('span', { title: 'day' }, item.date) : null,
      el('span', { class: 'source', title: item.document }, item.source)));
}

/** Shows the evidence of an edge; more() loads the next page. */
export function showEvidence(panel, title, page, more) {
  const list = el('ol', { class: 'evidence-list' }, page.evidence.map(evidenceItem));
  const shown = page.offset + page.evidence.length;
  show(panel,
    el('h2', {}, title),
    el('p', { class: 'count' }, `${page.total} sentence${page.total === 1 ? '' : 's'}`),
    list,
    shown < page.total ? el('button', { type: 'button', onclick: more }, 'more') : null);
}

/** Appends a further page to the evidence list already shown. */
export function appendEvidence(panel, page, more) {
  panel.querySelector('.evidence-list').append(...page.evidence.map(evidenceItem));
  panel.querySelector('button')?.remove();
  if (page.offset + page.evidence.length < page.total) {
    panel.append(el('button', { type: 'button', onclick: more }, 'more'));
  }
}

/** Shows an actor's relations (queries/relations.rq); pick(row) opens the evidence of one. */
export function showActor(panel, actor, pick) {
  const phrase = (r) => {
    if (r.direction === 'in') return `${r.label} ${r.relation} ${actor.label}`;
    if (r.direction === 'mutual') return `↔ ${r.relation} ${r.label}`;
    return `${actor.label} ${r.relation} ${r.label}`;
  };
  show(panel,
    el('h2', {}, actor.label),
    el('p', { class: 'count' }, `${actor.type || 'actor'} · ${actor.total} relation${actor.total === 1 ? '' : 's'} (asserted)`),
    el('ul', { class: 'relations' }, actor.relations.map((r) => el('li', {},
      el('a', { href: '#', onclick: (e) => { e.preventDefault(); pick(r); } },
        phrase(r)),
      el('span', { class: 'docs' }, ` ${r.documents} doc${r.documents === 1 ? '' : 's'}`)))));
}

export function showMessage(panel, text) {
  show(panel, el('p', { class: 'hint' }, text));
}
