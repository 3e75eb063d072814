/**
 * The RGAA 4.1 matrix of each element, read from the
 * `packages/components/src/<folder>/<folder>.rgaa.json` files that ship with
 * @socle/components. One file covers the elements of its folder: `element`
 * and the optional `related` tags.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BuildInputError, packagesDir, readPackageJson } from './build-inputs';
import { findElement } from './manifest';

export type RgaaStatus = 'covered' | 'partly' | 'service';

export interface RgaaCriterion {
  criterion: string;
  status: RgaaStatus;
  /** French explanation of the test that checks the criterion, or of what the service must do. */
  how: string;
  howEn: string;
}

export interface RgaaFile {
  element: string;
  related?: string[];
  criteria: RgaaCriterion[];
}

const STATUSES: readonly RgaaStatus[] = ['covered', 'partly', 'service'];
const CRITERION = /^\d{1,2}\.\d{1,2}$/;

/** Short titles of the RGAA 4.1 criteria the matrix uses, in French and English. */
export const CRITERION_TITLES: Record<string, { fr: string; en: string }> = {
  '1.1': { fr: 'Alternative des images porteuses d’information', en: 'Text alternative of informative images' },
  '1.2': { fr: 'Images de décoration ignorées', en: 'Decorative images ignored' },
  '1.3': { fr: 'Alternative pertinente', en: 'Relevant text alternative' },
  '3.1': { fr: 'Information pas seulement par la couleur', en: 'Information not by colour alone' },
  '3.2': { fr: 'Contraste du texte', en: 'Text contrast' },
  '6.1': { fr: 'Lien explicite', en: 'Explicit link' },
  '7.1': { fr: 'Script compatible avec les technologies d’assistance', en: 'Script compatible with assistive technologies' },
  '7.3': { fr: 'Script contrôlable au clavier', en: 'Script operable with the keyboard' },
  '7.5': { fr: 'Messages de statut', en: 'Status messages' },
  '8.6': { fr: 'Titre de page pertinent', en: 'Relevant page title' },
  '9.1': { fr: 'Titres', en: 'Headings' },
  '9.3': { fr: 'Listes', en: 'Lists' },
  '10.7': { fr: 'Focus visible', en: 'Visible focus' },
  '11.1': { fr: 'Étiquette de champ', en: 'Field label' },
  '11.2': { fr: 'Étiquette pertinente', en: 'Relevant label' },
  '11.5': { fr: 'Champs de même nature regroupés', en: 'Related fields grouped' },
  '11.6': { fr: 'Légende de regroupement', en: 'Group legend' },
  '11.7': { fr: 'Légende pertinente', en: 'Relevant legend' },
  '11.9': { fr: 'Intitulé de bouton pertinent', en: 'Relevant button name' },
  '11.10': { fr: 'Contrôle de saisie', en: 'Input assistance' },
  '11.11': { fr: 'Suggestions de correction', en: 'Correction suggestions' },
  '11.12': { fr: 'Vérification avant un envoi à effet juridique ou financier', en: 'Review before a submission with legal or financial effect' },
  '11.13': { fr: 'Finalité du champ (autocomplete)', en: 'Input purpose (autocomplete)' },
  '12.1': { fr: 'Plusieurs systèmes de navigation', en: 'Several navigation systems' },
  '12.6': { fr: 'Zones de regroupement (repères)', en: 'Content regions (landmarks)' },
  '12.7': { fr: 'Lien d’évitement', en: 'Skip link' },
  '12.8': { fr: 'Ordre de tabulation', en: 'Tab order' },
  '13.1': { fr: 'Limite de temps', en: 'Time limits' },
};

/** Returns the criteria in RGAA order: by theme number, then by criterion number. */
export function compareCriteria(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Checks the shape of one file and throws a BuildInputError naming the file and the wrong entry. */
function validate(file: string, data: RgaaFile): RgaaFile {
  const fail = (message: string): never => {
    throw new BuildInputError(`${file}: ${message}. Fix the file in packages/components.`);
  };
  if (typeof data !== 'object' || data === null) fail('the file must contain an object');
  if (typeof data.element !== 'string' || !data.element.startsWith('socle-')) fail('"element" must be a socle-* tag name');
  if (data.related !== undefined && !(Array.isArray(data.related) && data.related.every((tag) => typeof tag === 'string'))) {
    fail('"related" must be an array of tag names');
  }
  if (!Array.isArray(data.criteria) || data.criteria.length === 0) fail('"criteria" must be a non-empty array');
  const seen = new Set<string>();
  for (const entry of data.criteria) {
    const where = `criterion ${JSON.stringify(entry?.criterion)}`;
    if (typeof entry.criterion !== 'string' || !CRITERION.test(entry.criterion)) fail(`${where} is not an RGAA criterion number such as "11.1"`);
    if (!(entry.criterion in CRITERION_TITLES)) fail(`${where} has no title in docs-site/src/lib/rgaa.ts; add it there`);
    if (seen.has(entry.criterion)) fail(`${where} is listed twice`);
    seen.add(entry.criterion);
    if (!STATUSES.includes(entry.status)) fail(`${where} has status ${JSON.stringify(entry.status)}; expected one of ${STATUSES.join(', ')}`);
    if (typeof entry.how !== 'string' || entry.how.trim() === '') fail(`${where} has an empty "how"`);
    if (typeof entry.howEn !== 'string' || entry.howEn.trim() === '') fail(`${where} has an empty "howEn"`);
  }
  return data;
}

/** Returns the matrix file of the folder that declares `tagName`. */
export function loadRgaa(tagName: string): RgaaFile {
  const folder = dirname(findElement(tagName).modulePath).replace(/^src\//, '');
  const relative = join('components/src', folder, `${folder}.rgaa.json`);
  return validate(relative, readPackageJson<RgaaFile>(relative, `add ${relative} (see the docs site's RGAA page)`));
}

/** Returns every matrix file, sorted by element name. */
export function loadAllRgaa(): RgaaFile[] {
  const source = join(packagesDir(), 'components/src');
  const files: RgaaFile[] = [];
  for (const folder of readdirSync(source, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const relative = join('components/src', folder.name, `${folder.name}.rgaa.json`);
    try {
      files.push(validate(relative, readPackageJson<RgaaFile>(relative, 'no build command: the file is written by hand')));
    } catch (error) {
      // Folders without a matrix (internal helpers, test utilities) are skipped; invalid files are not.
      if (error instanceof BuildInputError && error.message.includes('which is missing')) continue;
      throw error;
    }
  }
  return files.sort((a, b) => a.element.localeCompare(b.element));
}
