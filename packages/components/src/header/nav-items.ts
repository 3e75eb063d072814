import type { ComplexAttributeConverter } from 'lit';
import { warnOnce } from '../internal/dev.js';

/** One entry of a `socle-header` navigation: a link, or a sub-menu button when it has children. */
export interface NavItem {
  /** Visible text of the link or sub-menu button. */
  label: string;
  /** Link URL, ignored on an entry with `children` because that entry renders a button. */
  href?: string;
  /** Marks the link of the current page with `aria-current="page"`. */
  current?: boolean;
  /** Links of a sub-menu, one level deep: their own `children` are ignored. */
  children?: NavItem[];
}

function isNavItem(value: unknown): value is NavItem {
  return typeof value === 'object' && value !== null && typeof (value as NavItem).label === 'string';
}

/**
 * Keeps the entries that have a string `label` and drops the others with a
 * development warning, so that a malformed entry never breaks rendering.
 */
export function normalizeNavItems(value: unknown, element: string): NavItem[] {
  if (!Array.isArray(value)) return [];
  const items = value.filter(isNavItem);
  if (items.length !== value.length) {
    warnOnce('invalid-attribute', `<${element}> ignored ${value.length - items.length} navigation item(s) without a string label.`);
  }
  return items.map((item) => ({
    ...item,
    children: Array.isArray(item.children) ? item.children.filter(isNavItem).map(({ label, href, current }) => ({ label, href, current })) : undefined,
  }));
}

/**
 * Attribute converter for a JSON array of items: invalid JSON gives an empty
 * array and a development warning naming the element and the attribute,
 * instead of the exception that Lit's default `Array` converter throws.
 */
export function jsonArrayConverter(element: string, attribute: string): ComplexAttributeConverter<unknown[]> {
  return {
    fromAttribute(value: string | null): unknown[] {
      if (!value) return [];
      try {
        const parsed: unknown = JSON.parse(value);
        if (Array.isArray(parsed)) return parsed;
      } catch {
        // Reported below, with the same message as a non-array value.
      }
      warnOnce('invalid-attribute', `<${element}> ${attribute} is not a JSON array; no item is rendered.`);
      return [];
    },
    toAttribute(value: unknown[]): string {
      return JSON.stringify(value);
    },
  };
}
