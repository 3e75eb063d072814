import { isServer } from 'lit';
import { en } from './locales/en.js';
import { fr } from './locales/fr.js';
import type { ValidityMessageKey } from './validity.messages.js';

/** Key of a message shared between elements: the general messages and the validation messages of form controls. */
export type MessageKey = keyof typeof fr | ValidityMessageKey;

/** Every shared message, as `registerLocale()` takes them to translate or reword Socle. */
export type Messages = Record<MessageKey, string>;

/** The language used when no ancestor sets one that Socle knows. */
export const DEFAULT_LOCALE = 'fr';

/** Messages of one element in several locales, keyed by locale then message key. */
export type MessageTable = Record<string, Record<string, string>>;

const catalogs = new Map<string, Partial<Record<string, string>>>([
  ['fr', fr],
  ['en', en],
]);

/**
 * Registers (or extends) the messages of a locale, for example `'de'` or a
 * regional variant such as `'fr-GF'`, or overrides shipped French or English
 * wording. Keys are those of the shared messages and of each element's
 * message table (such as `password.show`); keys left out fall back to French.
 */
export function registerLocale(locale: string, messages: Partial<Messages> | Record<string, string>): void {
  const code = locale.toLowerCase();
  catalogs.set(code, { ...catalogs.get(code), ...messages });
  localeListeners.forEach((listener) => listener());
}

/** Returns the locales that have messages, in registration order. */
export function registeredLocales(): string[] {
  return [...catalogs.keys()];
}

/**
 * Picks the best registered locale for a BCP 47 tag: the exact tag, then its
 * primary language subtag, then French.
 */
export function matchLocale(tag: string | null | undefined): string {
  const code = (tag ?? '').trim().toLowerCase();
  if (catalogs.has(code)) return code;
  const primary = code.split('-')[0] ?? '';
  return catalogs.has(primary) ? primary : DEFAULT_LOCALE;
}

/**
 * Returns the message for `key` in `locale`, with `{name}` placeholders
 * replaced by `params`. Registered messages win over the element's own
 * `table`; missing keys fall back to French.
 */
export function translate(
  locale: string,
  key: string,
  params: Record<string, string | number> = {},
  table: MessageTable = {},
): string {
  const template =
    catalogs.get(locale)?.[key] ??
    table[locale]?.[key] ??
    catalogs.get(DEFAULT_LOCALE)?.[key] ??
    table[DEFAULT_LOCALE]?.[key] ??
    key;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

/**
 * Finds the language of `element` from the nearest ancestor with a `lang`
 * attribute, crossing shadow roots, then `document.documentElement.lang`.
 * Returns the raw tag, or an empty string when none is set.
 */
export function findLanguageTag(element: Element): string {
  // Server rendering (@lit-labs/ssr) has no DOM tree to walk: French is used.
  if (isServer) return '';
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.getAttribute('lang') ?? '';
}

type LocaleListener = () => void;
const localeListeners = new Set<LocaleListener>();
let languageObserver: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes in the document or a
 * locale is registered. Returns the function that stops listening.
 */
export function onLocaleChange(listener: LocaleListener): () => void {
  localeListeners.add(listener);
  if (!languageObserver && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    languageObserver = new MutationObserver(() => localeListeners.forEach((notify) => notify()));
    languageObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => localeListeners.delete(listener);
}
