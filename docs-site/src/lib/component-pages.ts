/**
 * The component page of each element. scripts/check-build.mjs reads the same
 * JSON file to check that every element of the manifest has a page in both
 * languages.
 */
import pages from '../data/component-pages.json';

export interface ComponentPage {
  /** Page path under `composants/`, the same in every language. */
  slug: string;
  /** Elements the page documents, the main one first. */
  tags: string[];
}

export const COMPONENT_PAGES: readonly ComponentPage[] = pages;

/** Returns the slug of the page that documents `tagName`, or throws naming the JSON file to edit. */
export function componentPageSlug(tagName: string): string {
  const page = COMPONENT_PAGES.find((entry) => entry.tags.includes(tagName));
  if (!page) throw new Error(`<${tagName}> has no component page; add it to docs-site/src/data/component-pages.json.`);
  return page.slug;
}
