// The filter form: relation families, the modalities beyond "asserted" (shown only when ticked), a date range, a
// minimum confidence and the actor types. read() gives the parameters of /api/network.
import { el, show } from '../common/dom.js';
import { TYPE_COLOURS } from './graph.js';

function checkbox(name, value, label, checked, extra = {}) {
  return el('label', { class: 'check' },
    el('input', { type: 'checkbox', name, value, checked, ...extra }), ' ', label);
}

/** Builds the form from /api/families; onChange() fires on every change. */
export function createFilters(form, vocabulary, onChange) {
  show(form,
    el('fieldset', { id: 'families' }, el('legend', {}, 'Relations'),
      vocabulary.families.map((f) => checkbox('family', f.id,
        [el('span', { class: 'swatch', style: `background:${f.colour}` }), f.label], f.shownByDefault))),
    el('fieldset', { id: 'modalities' }, el('legend', {}, 'Also show (dashed, marked)'),
      vocabulary.modalities.filter((m) => m !== 'asserted').map((m) => checkbox('modality', m, m, false))),
    el('fieldset', { id: 'dates' }, el('legend', {}, 'Days'),
      el('label', {}, 'from ', el('input', { type: 'date', name: 'from' })),
      el('label', {}, ' to ', el('input', { type: 'date', name: 'to' }))),
    el('fieldset', { id: 'confidence' }, el('legend', {}, 'Minimum confidence'),
      el('input', { type: 'range', name: 'minConfidence', min: 0, max: 1, step: 0.05, value: 0 }),
      el('output', { name: 'confidenceShown' }, '0')),
    el('fieldset', { id: 'types' }, el('legend', {}, 'Actor types'),
      vocabulary.types.map((t) => checkbox('type', t,
        [el('span', { class: 'swatch round', style: `background:${TYPE_COLOURS[t] || '#616161'}` }), t], true))));

  let timer;
  form.addEventListener('input', () => {
    form.elements.confidenceShown.value = form.elements.minConfidence.value;
    clearTimeout(timer);
    timer = setTimeout(onChange, 250);
  });

  return {
    read() {
      const data = new FormData(form);
      const types = data.getAll('type');
      const confidence = Number(data.get('minConfidence'));
      return {
        family: data.getAll('family').join(',') || 'none',
        modality: data.getAll('modality').join(','),
        from: data.get('from'),
        to: data.get('to'),
        minConfidence: confidence > 0 ? confidence : '',
        type: types.length === vocabulary.types.length ? '' : types.join(',') || 'none',
      };
    },
  };
}
