import { warnOnce } from '../internal/dev.js';

/** Nodes inserted from each activated template, removed again when consent is withdrawn. */
const insertedNodes = new WeakMap<HTMLTemplateElement, ChildNode[]>();

/**
 * Instantiates every `<template data-socle-consent="purpose …">` in `root`
 * whose purposes all have consent, inserting a copy of its content right
 * after it, and removes the inserted nodes of templates whose consent was
 * withdrawn. An activated template gets `data-socle-consent-active`.
 *
 * Content in a template is inert until it is inserted: its scripts do not
 * run and its iframes and images do not load. Scripts should be external
 * (`<script src>`), so that a Content-Security-Policy allowing the script's
 * origin is enough; an inline script needs `'unsafe-inline'` or its hash.
 * A script that already ran keeps running after consent is withdrawn.
 * Write the templates in the page's HTML: a script inside a template built
 * with `innerHTML` is marked as already started by the HTML fragment parser,
 * so its copies never run.
 */
export function syncConsentTemplates(
  root: ParentNode,
  hasConsent: (purposeId: string) => boolean,
  knownPurposes: ReadonlySet<string>,
): void {
  for (const template of root.querySelectorAll<HTMLTemplateElement>('template[data-socle-consent]')) {
    const purposes = (template.getAttribute('data-socle-consent') ?? '').split(/\s+/).filter(Boolean);
    for (const purpose of purposes) {
      if (!knownPurposes.has(purpose)) {
        warnOnce(
          'consent-unknown-purpose',
          `<template data-socle-consent="${purpose}"> names no purpose of <socle-consent-banner>, so it never runs. ` +
            `Known purposes: ${[...knownPurposes].join(', ') || 'none'}.`,
        );
      }
    }
    const allowed = purposes.length > 0 && purposes.every(hasConsent);
    const inserted = insertedNodes.get(template);
    if (allowed && !inserted) {
      const copy = document.importNode(template.content, true);
      insertedNodes.set(template, [...copy.childNodes]);
      template.after(copy);
      template.setAttribute('data-socle-consent-active', '');
    } else if (!allowed && inserted) {
      inserted.forEach((node) => node.remove());
      insertedNodes.delete(template);
      template.removeAttribute('data-socle-consent-active');
    }
  }
}
