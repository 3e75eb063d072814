import type { IssueParams, Locale, ValidationIssue } from './types.js';

/**
 * Message templates of one format, keyed by issue code. `{name}` placeholders
 * are replaced by the issue's parameters.
 */
export type MessageTemplates = Readonly<Record<string, string>>;

/**
 * Built-in messages of one format: for each issue code, the French template
 * (the fallback of every locale) and the English one, side by side.
 */
export type FormatCatalog = Readonly<Record<string, readonly [fr: string, en: string]>>;

/** Locales of the built-in templates, in the order of a `FormatCatalog` entry. */
const BUILT_IN_LOCALES = ['fr', 'en'];

/** Names of the formats whose messages can be registered or overridden. */
export type FormatName =
  | 'nir'
  | 'siren'
  | 'siret'
  | 'iban'
  | 'phone'
  | 'postalCode'
  | 'inseeCode'
  | 'civilName';

const registered = new Map<string, Map<FormatName, Record<string, string>>>();

/**
 * Registers message templates for a locale and a format, for example German
 * messages for `nir`. Later calls override earlier ones code by code, and a
 * registered `fr` or `en` template overrides the built-in one. A code with no
 * template in the requested locale falls back to the built-in French message.
 */
export function registerMessages(locale: Locale, format: FormatName, templates: MessageTemplates): void {
  const key = locale.toLowerCase();
  let byFormat = registered.get(key);
  if (!byFormat) {
    byFormat = new Map();
    registered.set(key, byFormat);
  }
  byFormat.set(format, { ...byFormat.get(format), ...templates });
}

/** Lists the locales that have at least one registered template, built-in ones excluded. */
export function registeredLocales(): string[] {
  return [...registered.keys()];
}

/**
 * Quotes one value of a list parameter. French templates get guillemets with
 * a narrow no-break space (U+202F) inside, so that a line never breaks
 * between a mark and the value. Templates in any other language get curly
 * double quotes.
 */
function quote(value: string, french: boolean): string {
  return french ? `«\u202f${value}\u202f»` : `“${value}”`;
}

function interpolate(template: string, params: IssueParams, french: boolean): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(params, name)) return placeholder;
    const value = params[name];
    return typeof value === 'object' ? value.map((item) => quote(item, french)).join(', ') : String(value);
  });
}

/**
 * Builds issues in one locale for one format. A template is looked up in the
 * locale, then in its base language (`en-GB` → `en`), then in French. At each
 * step a registered template wins over the built-in one. List parameters are
 * quoted in the language of the template found, so a message that falls back
 * to French gets French guillemets.
 */
export function createIssueFactory(format: FormatName, catalog: FormatCatalog, locale: Locale = 'fr') {
  const lowered = locale.toLowerCase();
  const candidates = [lowered, lowered.split('-')[0] ?? lowered, 'fr'];

  return (code: string, params?: IssueParams): ValidationIssue => {
    let template = code;
    let language = 'fr';
    for (const candidate of candidates) {
      const found = registered.get(candidate)?.get(format)?.[code] ?? catalog[code]?.[BUILT_IN_LOCALES.indexOf(candidate)];
      if (found !== undefined) {
        template = found;
        language = candidate;
        break;
      }
    }

    const message = interpolate(template, params ?? {}, /^fr\b/.test(language));
    return params ? { code, message, params } : { code, message };
  };
}

export type IssueFactory = ReturnType<typeof createIssueFactory>;
