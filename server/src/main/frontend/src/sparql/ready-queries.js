// The ready queries as editor tabs. Their parameters are variables (?target, ?actor) that `kg query --param` binds;
// here each required actor parameter is set to the example its header gives ("--param target=Assad"), resolved to
// the actor's IRI by the server as the command line resolves it, and written in place of the variable, so that a
// tab answers as soon as it is run. A comment at the top says what was set.
import { api } from '../common/api.js';

const PARAM = /^#\s*@param\s+(\w+)\s+(\S+)\s*(.*)$/;

/** The required parameters of a query, with the example value of each: [{ name, kind, example }]. */
export function requiredParameters(text) {
  const params = [];
  for (const line of text.split('\n')) {
    const m = PARAM.exec(line);
    if (!m || m[3].startsWith('optional')) continue;
    const example = new RegExp(`--param\\s+${m[1]}=([^)]+)\\)`).exec(m[3]);
    params.push({ name: m[1], kind: m[2], example: example ? example[1].trim() : null });
  }
  return params;
}

/** The query with ?name replaced by the IRI outside comment lines. */
export function bindVariable(text, name, iri) {
  const variable = new RegExp(`[?$]${name}\\b`, 'g');
  return text.split('\n').map((line) => (line.trimStart().startsWith('#') ? line : line.replace(variable, `<${iri}>`)))
    .join('\n');
}

/** The text a tab shows for a ready query. */
export async function tabText(query) {
  let text = query.text;
  const notes = [];
  for (const p of requiredParameters(query.text)) {
    if (p.kind !== 'actor' || !p.example) continue;
    try {
      const found = (await api.search(p.example)).actors.find((a) => a.match === 'name');
      if (!found) continue;
      text = bindVariable(text, p.name, found.id);
      notes.push(`# In this tab ?${p.name} is ${found.label} (--param ${p.name}=${p.example}): its IRI stands in its place.`);
    } catch {
      // leave the variable unbound: the query runs, and answers nothing until it is set
    }
  }
  return notes.length ? `${notes.join('\n')}\n${text}` : text;
}
