import type { Locale, ValidationIssue } from './types.js';

/**
 * Message templates of one format, keyed by issue code. `{name}` placeholders
 * are replaced by the issue's parameters.
 */
export type MessageTemplates = Readonly<Record<string, string>>;

/** Built-in catalogue of one format: French is required because it is the fallback. */
export interface FormatCatalog {
  fr: MessageTemplates;
  en: MessageTemplates;
}

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

function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

/**
 * Builds issues in one locale for one format. A template is looked up in the
 * registered messages, then in the built-in catalogue for the locale and its
 * base language (`en-GB` → `en`), then in French.
 */
export function createIssueFactory(format: FormatName, catalog: FormatCatalog, locale: Locale = 'fr') {
  const lowered = locale.toLowerCase();
  const base = lowered.split('-')[0] ?? lowered;
  const candidates = lowered === base ? [lowered] : [lowered, base];

  const findTemplate = (code: string): string => {
    for (const candidate of candidates) {
      const custom = registered.get(candidate)?.get(format)?.[code];
      if (custom !== undefined) return custom;
      const builtIn = (catalog as unknown as Record<string, MessageTemplates | undefined>)[candidate]?.[code];
      if (builtIn !== undefined) return builtIn;
    }
    return registered.get('fr')?.get(format)?.[code] ?? catalog.fr[code] ?? code;
  };

  return (code: string, params?: Readonly<Record<string, string | number>>): ValidationIssue => {
    const message = interpolate(findTemplate(code), params ?? {});
    return params ? { code, message, params } : { code, message };
  };
}

export type IssueFactory = ReturnType<typeof createIssueFactory>;
