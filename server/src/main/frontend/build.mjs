// Bundles the page's modules and the npm packages they import into one folder, served by kg serve at /.
// Usage: node build.mjs OUTDIR   (the Maven build passes target/classes/org/conflictkg/server/web/static)
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const out = process.argv[2] ?? 'dist';
await mkdir(out, { recursive: true });

const result = await build({
  entryPoints: { network: 'src/network/main.js', sparql: 'src/sparql/main.js' },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: 'es2020',
  outdir: out,
  logLevel: 'warning',
  legalComments: 'linked',
  metafile: true,
});

// the licences of the npm packages bundled into the page, which the jar redistributes: those esbuild read, and the
// dependencies of those (YASGUI's build already holds its own: CodeMirror, DataTables ...)
const packages = new Map();
async function addPackage(name) {
  if (packages.has(name)) return;
  let meta;
  try {
    meta = JSON.parse(await readFile(path.join('node_modules', name, 'package.json'), 'utf8'));
  } catch {
    return; // an optional dependency that is not installed
  }
  packages.set(name, `${meta.name} ${meta.version}: ${meta.license ?? 'see its package'}`);
  for (const dep of Object.keys(meta.dependencies ?? {})) await addPackage(dep);
}
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) await addPackage(m[1]);
}
await writeFile(path.join(out, 'THIRD-PARTY-web.txt'),
  `The npm packages bundled into the web page (network.js, sparql.js, yasgui.css):\n${[...packages.values()].sort().join('\n')}\n`);

for (const file of await readdir('public')) {
  await copyFile(path.join('public', file), path.join(out, file));
}
await copyFile('node_modules/@zazuko/yasgui/build/yasgui.min.css', path.join(out, 'yasgui.css'));

// the ready queries, the single source of truth for the alliance questions, preloaded as the editor's tabs
const queriesDir = '../../../../queries';
const queries = [];
for (const file of (await readdir(queriesDir)).filter((f) => f.endsWith('.rq')).sort()) {
  queries.push({ name: file, text: await readFile(path.join(queriesDir, file), 'utf8') });
}
await writeFile(path.join(out, 'queries.json'), JSON.stringify(queries));
