/**
 * French descriptions of an element's API, read from the
 * `packages/components/src/<folder>/<folder>.api.fr.json` files that ship
 * with @socle/components. Each entry stores the English text it translates.
 * When that English no longer matches the manifest, the entry is stale, so
 * the tables show the English text with `lang="en"` rather than an outdated
 * translation. `node packages/components/scripts/api-translations.mjs` lists
 * missing and stale entries, and the package's generator tests fail on them.
 */
import { dirname, join } from 'node:path';
import { BuildInputError, readPackageJson } from './build-inputs';
import { findElement } from './manifest';

/** Kinds of text in a translation file, named as in the manifest. */
export type ApiTextKind =
  | 'summary'
  | 'description'
  | 'attributes'
  | 'properties'
  | 'methods'
  | 'events'
  | 'slots'
  | 'cssParts'
  | 'cssProperties';

interface TranslationEntry {
  en: string;
  fr: string;
}

type TranslationFile = Record<string, Partial<Record<ApiTextKind, TranslationEntry | Record<string, TranslationEntry>>>>;

/** A description in the language the page shows it in. */
export interface LocalizedText {
  text?: string;
  lang: 'en' | 'fr';
}

const ELEMENT_KINDS: readonly ApiTextKind[] = ['summary', 'description'];

/**
 * Normalises white space as packages/components/scripts/api-translations.mjs
 * does, so that both compare texts the same way: lines of a paragraph are
 * joined, and paragraphs are separated by one blank line.
 */
function normalizeText(text: string | undefined): string {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function loadTranslations(tagName: string): TranslationFile {
  const folder = dirname(findElement(tagName).modulePath).replace(/^src\//, '');
  const relative = join('components/src', folder, `${folder}.api.fr.json`);
  try {
    return readPackageJson<TranslationFile>(relative, 'no build command: the file is written by hand');
  } catch (error) {
    // A folder without a translation file shows its English texts.
    if (error instanceof BuildInputError && error.message.includes('which is missing')) return {};
    throw error;
  }
}

/**
 * Returns a function that gives each description of `tagName` in the page's
 * language: the French of an up-to-date entry on French pages, the English
 * source text otherwise.
 */
export function apiTranslator(
  tagName: string,
  pageLang: 'en' | 'fr',
): (kind: ApiTextKind, name: string, english: string | undefined) => LocalizedText {
  if (pageLang === 'en') return (_kind, _name, english) => ({ text: english, lang: 'en' });

  const element = loadTranslations(tagName)[tagName] ?? {};
  return (kind, name, english) => {
    const group = element[kind];
    const entry = (ELEMENT_KINDS.includes(kind) ? group : (group as Record<string, TranslationEntry> | undefined)?.[name]) as
      | TranslationEntry
      | undefined;
    const en = normalizeText(english);
    if (en !== '' && entry && typeof entry.fr === 'string' && entry.fr.trim() !== '' && normalizeText(entry.en) === en) {
      return { text: entry.fr, lang: 'fr' };
    }
    return { text: english, lang: 'en' };
  };
}
