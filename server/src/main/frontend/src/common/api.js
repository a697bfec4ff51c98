// The JSON API of kg serve (see README, "The web page"): GET requests with query parameters, JSON answers, and
// {"error": "..."} with a 4xx status for a bad parameter.

export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(key, v);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

export const api = {
  families: () => getJson('api/families'),
  network: (filter) => getJson('api/network', filter),
  evidence: (params) => getJson('api/evidence', params),
  actor: (params) => getJson('api/actor', params),
  search: (q) => getJson('api/actors', { q }),
};
