import { TokenError } from './errors.js';
import { readJsonFile } from './json-file.js';

/**
 * Reads a user override file and returns its layers per scheme.
 *
 * File shape: a DTCG object. Top-level groups other than "light" and "dark"
 * apply to both schemes. The "light" and "dark" groups contain DTCG groups for
 * that scheme only, applied after the shared ones. Every token must already
 * exist in the base theme.
 *
 * @param {string} file
 * @returns {(scheme: import('./source.js').Scheme) => import('./model.js').Layer[]}
 */
export function readOverrideFile(file) {
  const data = readJsonFile(file);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new TokenError(`${file}: the top level must be a JSON object of token groups, with optional "light" and "dark" groups.`, { file, code: 'invalid-structure' });
  }
  const { light = {}, dark = {}, ...shared } = /** @type {Record<string, unknown>} */ (data);
  for (const [scheme, group] of Object.entries({ light, dark })) {
    if (typeof group !== 'object' || group === null || Array.isArray(group)) {
      throw new TokenError(`${file}: "${scheme}" must be a group of tokens that apply to the ${scheme} scheme only.`, { file, tokenPath: scheme, code: 'invalid-structure' });
    }
  }
  const bySchemeTree = { light, dark };
  return (scheme) => [
    { tree: shared, file, tier: 'semantic', overrideOnly: true },
    { tree: bySchemeTree[scheme], file: `${file} ("${scheme}" group)`, tier: 'semantic', overrideOnly: true },
  ];
}
