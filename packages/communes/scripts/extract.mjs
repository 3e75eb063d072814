// Extracts the communes of the Code officiel géographique (COG 2026, from
// @etalab/decoupage-administratif 6.0.0) into small static JSON chunks that a
// page loads on demand. Run by `npm run build` before tsc:
//
//   node scripts/extract.mjs [outDir]     (default: dist/data)
//
// Output, all compact arrays (a record is [code, name, postalCodes, population,
// kind, parentCode], postal codes joined by spaces, kind 0 = commune,
// 1 = arrondissement municipal, 2 = commune déléguée):
//   index.json        name-trie keys, postal-code and département chunk lists,
//                     département names
//   n/<key>.json      records having a word-boundary suffix of the normalised
//                     name that starts with <key> (a leaf of the trie)
//   t/<key>.json      the best TOP_RECORDS records for a split trie node,
//                     in search order, for queries that stop at that node
//   p/<2 digits>.json records by the first two digits of their postal codes
//   c/<département>.json records by the département of their INSEE code
//   LICENCE-DATA      credit and terms of the Licence Ouverte / Etalab 2.0
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Data format version, checked by the runtime so that old chunks fail loudly. */
export const FORMAT_VERSION = 1;

/** Largest number of records in a name chunk before its trie node is split. */
export const MAX_LEAF_RECORDS = 1200;

/** Records kept for a split trie node; searches return at most this many for such queries. */
export const TOP_RECORDS = 50;

export const KIND_COMMUNE = 0;
export const KIND_ARRONDISSEMENT = 1;
export const KIND_DELEGUEE = 2;

// Must stay identical to `normalize()` in src/normalize.ts; a unit test
// compares both on every name of the data set.
/** Lower-cases, removes accents and punctuation, and spells St/Ste as Saint/Sainte. */
export function normalize(text) {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (plain === '') return '';
  return plain
    .split(' ')
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word))
    .join(' ');
}

/** Returns the département code of an INSEE commune code: three characters overseas. */
export function departementOf(code) {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}

/** Returns the normalised name from each word boundary: "sainte foy les lyon", "foy les lyon", … */
export function wordSuffixes(normalizedName) {
  const words = normalizedName.split(' ');
  return words.map((_, index) => words.slice(index).join(' '));
}

/** File-name form of a trie key: spaces become underscores (keys hold only a-z, 0-9 and spaces). */
export function keyToFile(key) {
  return key.replace(/ /g, '_');
}

function readSource() {
  const communes = require('@etalab/decoupage-administratif/data/communes.json');
  const departements = require('@etalab/decoupage-administratif/data/departements.json');
  return { communes, departements };
}

/**
 * Builds the records: current communes, arrondissements municipaux, and the
 * communes déléguées that differ from their parent (a déléguée with the
 * parent's code and name adds nothing to a search). Communes déléguées carry
 * no postal code or population in the source: they get their parent's postal
 * codes and a population of 0.
 */
export function buildRecords({ communes }) {
  const current = new Map();
  for (const commune of communes) {
    if (commune.type === 'commune-actuelle') current.set(commune.code, commune);
  }

  const records = [];
  for (const commune of communes) {
    const postalCodes = (commune.codesPostaux ?? []).join(' ');
    const population = commune.population ?? 0;
    if (commune.type === 'commune-actuelle') {
      records.push([commune.code, commune.nom, postalCodes, population, KIND_COMMUNE, '']);
    } else if (commune.type === 'arrondissement-municipal') {
      records.push([commune.code, commune.nom, postalCodes, population, KIND_ARRONDISSEMENT, commune.commune]);
    } else if (commune.type === 'commune-deleguee') {
      const parent = current.get(commune.chefLieu);
      if (!parent) continue;
      if (parent.code === commune.code && parent.nom === commune.nom) continue;
      const parentPostalCodes = (parent.codesPostaux ?? []).join(' ');
      records.push([commune.code, commune.nom, parentPostalCodes, 0, KIND_DELEGUEE, parent.code]);
    }
  }
  return records;
}

/** Search order of the records matching `key`: exact name, then name prefix, then word match; population first within each. */
function compareForKey(key, normalizedNames) {
  const rank = (record) => {
    const name = normalizedNames.get(record);
    if (name === key) return 0;
    return name.startsWith(key) ? 1 : 2;
  };
  return (a, b) => rank(a) - rank(b) || b[3] - a[3] || a[1].localeCompare(b[1], 'fr') || a[0].localeCompare(b[0]);
}

/**
 * Splits the (suffix, record) entries into trie leaves of at most
 * MAX_LEAF_RECORDS distinct records, one character deeper at each split.
 */
function buildNameTrie(records, normalizedNames) {
  const entries = [];
  for (const record of records) {
    for (const suffix of wordSuffixes(normalizedNames.get(record))) entries.push([suffix, record]);
  }

  const leaves = new Map();
  const tops = new Map();

  const visit = (key, group) => {
    const distinct = [...new Set(group.map(([, record]) => record))];
    if (distinct.length <= MAX_LEAF_RECORDS) {
      leaves.set(key, distinct);
      return;
    }
    if (key !== '') tops.set(key, distinct.sort(compareForKey(key, normalizedNames)).slice(0, TOP_RECORDS));

    const children = new Map();
    for (const entry of group) {
      const next = entry[0][key.length];
      // A suffix that ends at this node only matches the query `key` itself: the top chunk contains it.
      if (next === undefined) continue;
      if (!children.has(next)) children.set(next, []);
      children.get(next).push(entry);
    }
    for (const [char, childGroup] of children) visit(key + char, childGroup);
  };

  visit('', entries);
  return { leaves, tops };
}

function groupBy(records, keysOf) {
  const groups = new Map();
  for (const record of records) {
    for (const key of keysOf(record)) {
      if (!groups.has(key)) groups.set(key, new Set());
      groups.get(key).add(record);
    }
  }
  return groups;
}

const LICENCE_TEXT = `Commune data: Code officiel géographique (COG) 2026 of INSEE, with
postal codes and populations, as compiled by Etalab in
@etalab/decoupage-administratif 6.0.0
(https://github.com/etalab/decoupage-administratif).

Licence: Licence Ouverte / Open Licence version 2.0 (Etalab 2.0),
https://www.etalab.gouv.fr/licence-ouverte-open-licence

You may reuse, copy, adapt and redistribute this data, including for
commercial use, provided that you credit its source and the date of its
last update, for example: "Source : INSEE, Code officiel géographique 2026,
via Etalab (@etalab/decoupage-administratif 6.0.0)".

Changes made by @socle/communes: communes associées are left out; communes
déléguées that repeat their parent's code and name are left out; communes
déléguées carry their parent commune's postal codes; the data is split into
chunks for on-demand loading.
`;

/** Writes every chunk, the index and LICENCE-DATA into `outDir`, replacing what was there. */
export async function extract(outDir) {
  const source = readSource();
  const records = buildRecords(source);
  const normalizedNames = new Map(records.map((record) => [record, normalize(record[1])]));

  await rm(outDir, { recursive: true, force: true });
  for (const folder of ['n', 't', 'p', 'c']) await mkdir(join(outDir, folder), { recursive: true });

  const write = (path, data) => writeFile(join(outDir, path), JSON.stringify(data));

  const { leaves, tops } = buildNameTrie(records, normalizedNames);
  for (const [key, leafRecords] of leaves) await write(`n/${keyToFile(key)}.json`, leafRecords);
  for (const [key, topRecords] of tops) await write(`t/${keyToFile(key)}.json`, topRecords);

  const byPostalPrefix = groupBy(records, (record) => (record[2] ? record[2].split(' ').map((cp) => cp.slice(0, 2)) : []));
  for (const [prefix, group] of byPostalPrefix) await write(`p/${prefix}.json`, [...group]);

  const byDepartement = groupBy(records, (record) => [departementOf(record[0])]);
  for (const [departement, group] of byDepartement) await write(`c/${departement}.json`, [...group]);

  const departementNames = Object.fromEntries(source.departements.map((d) => [d.code, d.nom]));
  await write('index.json', {
    version: FORMAT_VERSION,
    names: [...leaves.keys()].sort(),
    tops: [...tops.keys()].sort(),
    postalPrefixes: [...byPostalPrefix.keys()].sort(),
    departements: departementNames,
  });
  await writeFile(join(outDir, 'LICENCE-DATA'), LICENCE_TEXT);

  return { records: records.length, leaves: leaves.size, tops: tops.size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist/data/', import.meta.url)));
  const summary = await extract(outDir);
  console.log(`extract: ${summary.records} records, ${summary.leaves} name chunks, ${summary.tops} top chunks in ${outDir}`);
}
