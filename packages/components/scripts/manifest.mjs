// Reads the Custom Elements Manifest (schema 1.0.0, written by
// @custom-elements-manifest/analyzer from the class docblocks) into a flat
// list of elements, the single input of every generated integration file:
// editor data, JSX and Vue types, React wrappers.
import { readFileSync } from 'node:fs';

/**
 * @typedef {{ name: string, fieldName: string | undefined, type: string, description: string }} ManifestAttribute
 * @typedef {{ name: string, type: string, description: string, attribute: string | undefined }} ManifestProperty
 * @typedef {{ name: string, description: string }} ManifestEntry
 * @typedef {{
 *   tagName: string,
 *   className: string,
 *   entry: string,
 *   summary: string,
 *   description: string,
 *   attributes: ManifestAttribute[],
 *   properties: ManifestProperty[],
 *   events: ManifestEntry[],
 *   slots: ManifestEntry[],
 *   cssParts: ManifestEntry[],
 *   cssProperties: ManifestEntry[],
 * }} ManifestElement
 */

/**
 * Loads the manifest at `path` and returns its custom elements sorted by tag
 * name. `entry` is the package entry that registers the element, such as
 * `radio-group` for `socle-radio`, taken from the folder of its module.
 * @param {string | URL} path
 * @returns {ManifestElement[]}
 */
export function readElements(path) {
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  if (manifest.schemaVersion?.split('.')[0] !== '1') {
    throw new Error(`Unsupported Custom Elements Manifest schema "${manifest.schemaVersion}" in ${path}: expected 1.x.`);
  }

  /** @type {ManifestElement[]} */
  const elements = [];
  for (const module of manifest.modules ?? []) {
    const entry = module.path.match(/^src\/([^/]+)\//)?.[1];
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName || !entry) continue;
      elements.push(toElement(declaration, entry));
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** @returns {ManifestElement} */
function toElement(declaration, entry) {
  const publicFields = (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !member.readonly &&
      !member.name.startsWith('_'),
  );
  return {
    tagName: declaration.tagName,
    className: declaration.name,
    entry,
    summary: clean(declaration.summary),
    description: clean(declaration.description),
    attributes: (declaration.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      fieldName: attribute.fieldName,
      type: attribute.type?.text ?? 'string',
      description: clean(attribute.description),
    })),
    properties: publicFields.map((field) => ({
      name: field.name,
      type: field.type?.text ?? 'unknown',
      description: clean(field.description),
      attribute: field.attribute,
    })),
    events: uniqueByName(declaration.events).map((event) => ({ name: event.name, description: clean(event.description) })),
    slots: uniqueByName(declaration.slots).map((slot) => ({ name: slot.name, description: clean(slot.description) })),
    cssParts: uniqueByName(declaration.cssParts).map((part) => ({ name: part.name, description: clean(part.description) })),
    cssProperties: uniqueByName(declaration.cssProperties).map((property) => ({
      name: property.name,
      description: clean(property.description),
    })),
  };
}

/** Drops entries without a name and the duplicates that inheritance can add. The default slot's name is `''`. */
function uniqueByName(entries = []) {
  const seen = new Set();
  return entries.filter((entry) => {
    if (typeof entry.name !== 'string' || seen.has(entry.name)) return false;
    seen.add(entry.name);
    return true;
  });
}

function clean(text) {
  return (text ?? '').trim();
}

/**
 * Returns the string literals of a union type such as `'stacked' | 'inline'`,
 * or an empty list when the type is anything else (an alias, `string`…),
 * because the manifest does not resolve aliases.
 * @param {string} typeText
 */
export function stringLiterals(typeText) {
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part !== "''");
  if (parts.length === 0 || !parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) return [];
  return parts.map((part) => part.slice(1, -1));
}

/** Tells whether a manifest type is a plain boolean, written as a presence attribute in HTML. */
export function isBooleanType(typeText) {
  return typeText.replace(/\s*\|\s*undefined/, '').trim() === 'boolean';
}

/**
 * Converts an event name to its React callback prop: `input` → `onInput`,
 * `socle-submit` → `onSocleSubmit`.
 * @param {string} eventName
 */
export function reactEventProp(eventName) {
  return `on${eventName
    .split(/[-:]/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')}`;
}
