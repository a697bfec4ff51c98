// The search box: any name or alias ("Daesh") resolves through /api/actors, as the ready queries resolve actors.
import { el, show } from '../common/dom.js';
import { api } from '../common/api.js';

/** onPick(actor) fires for the actor the name resolves to, or the one picked from the list. */
export function createSearch(form, results, onPick) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const q = form.elements.q.value.trim();
    if (!q) return;
    try {
      const found = await api.search(q);
      const exact = found.actors.find((a) => a.match === 'name');
      if (exact) onPick(exact);
      show(results,
        found.actors.map((a) => el('li', {},
          el('a', { href: '#', class: a === exact ? 'found' : '', onclick: (e) => { e.preventDefault(); onPick(a); } },
            a.label), el('span', { class: 'type' }, ` ${a.type}`))),
        found.actors.length === 0
          ? el('li', { class: 'hint' }, `No actor named “${q}”.`,
            found.suggestions.length ? ` Did you mean: ${found.suggestions.join(', ')}?` : '')
          : null);
    } catch (err) {
      show(results, el('li', { class: 'error' }, err.message));
    }
  });
}
