// Prints the bytes a page downloads for a few searches (index plus chunks,
// gzip level 9 from node:zlib), reading the built package: run `npm run build`
// first.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createCommuneSource } from '../dist/index.js';

const dataDir = new URL('../dist/data/', import.meta.url);
const queries = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['lyon', '69003', 'saint-denis', 'ile'];

for (const query of queries) {
  const files = [];
  const source = createCommuneSource({
    loader: async (path) => {
      const body = await readFile(new URL(path, dataDir));
      files.push({ path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
      return JSON.parse(body.toString('utf8'));
    },
  });
  const results = await source.searchCommunes(query, { limit: 5 });
  const raw = files.reduce((sum, file) => sum + file.raw, 0);
  const gzip = files.reduce((sum, file) => sum + file.gzip, 0);
  const detail = files.map((file) => `${file.path} ${file.gzip} B`).join(', ');
  console.log(`${JSON.stringify(query).padEnd(14)} ${String(raw).padStart(7)} B raw ${String(gzip).padStart(6)} B gzip  (${detail})`);
  console.log(`${''.padEnd(14)} first results: ${results.map((commune) => `${commune.name} ${commune.code}`).join('; ')}`);
}
