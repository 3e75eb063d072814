import { TokenError } from './errors.js';
import { parseColor } from './color.js';

/**
 * @typedef {'primitive' | 'semantic' | 'component'} Tier
 * @typedef {object} Token one design token after layers are merged
 * @property {string[]} path
 * @property {string} key the path joined with dots, as written in aliases
 * @property {unknown} value the $value as written (may contain aliases)
 * @property {string | undefined} type the DTCG $type, own or inherited from a group
 * @property {string} description
 * @property {Record<string, unknown>} extensions the token's $extensions["fr.socle"]
 * @property {string} file the file that set the current value
 * @property {Tier} tier
 * @typedef {object} Layer one token file applied on top of the previous ones
 * @property {unknown} tree parsed DTCG JSON
 * @property {string} file name used in messages
 * @property {Tier} tier tier given to tokens that this layer adds
 * @property {boolean} [overrideOnly] true for user override files: they may
 *   only change tokens that already exist, and may not change locked ones
 */

/** The $type values that this package checks and outputs. */
export const TOKEN_TYPES = ['color', 'dimension', 'fontFamily', 'fontWeight', 'number', 'duration', 'cubicBezier', 'shadow'];

/** Key of this package's data under a token's $extensions (reverse-domain, as DTCG advises). */
export const EXTENSION_KEY = 'fr.socle';

const ALIAS = /^\{([^{}]+)\}$/;

/**
 * Returns the target path of an alias string such as "{color.neutral.900}", or undefined.
 * @param {unknown} value
 */
export function aliasTarget(value) {
  if (typeof value !== 'string') return undefined;
  return ALIAS.exec(value.trim())?.[1];
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Lists the tokens of one DTCG tree with their inherited $type.
 * @param {unknown} tree
 * @param {string} file
 * @returns {Array<Omit<Token, 'tier'> & { typeGiven: boolean }>}
 */
export function flattenTree(tree, file) {
  if (!isObject(tree)) {
    throw new TokenError(`${file}: the top level must be a JSON object of token groups.`, { file, code: 'invalid-structure' });
  }
  /** @type {Array<Omit<Token, 'tier'> & { typeGiven: boolean }>} */
  const tokens = [];

  /**
   * @param {Record<string, unknown>} group
   * @param {string[]} path
   * @param {string | undefined} inheritedType
   */
  const walk = (group, path, inheritedType) => {
    const groupType = typeof group.$type === 'string' ? group.$type : inheritedType;
    for (const [name, node] of Object.entries(group)) {
      if (name.startsWith('$')) continue;
      const childPath = [...path, name];
      const key = childPath.join('.');
      if (name.includes('.') || name.includes('{') || name.includes('}')) {
        throw new TokenError(`${file}: "${key}" is not a valid token name; names may not contain ".", "{" or "}".`, { file, tokenPath: key, code: 'invalid-structure' });
      }
      if (!isObject(node)) {
        throw new TokenError(`${file}: "${key}" is neither a token nor a group. Write it as { "$value": ... } or as a group of tokens.`, { file, tokenPath: key, code: 'invalid-structure' });
      }
      if (!('$value' in node)) {
        walk(node, childPath, groupType);
        continue;
      }
      const ownType = typeof node.$type === 'string' ? node.$type : undefined;
      const type = ownType ?? groupType;
      if (type !== undefined && !TOKEN_TYPES.includes(type)) {
        throw new TokenError(`${file}: token "${key}" has the unsupported $type "${type}". Use one of: ${TOKEN_TYPES.join(', ')}.`, { file, tokenPath: key, code: 'invalid-type' });
      }
      const extensions = isObject(node.$extensions) && isObject(node.$extensions[EXTENSION_KEY]) ? node.$extensions[EXTENSION_KEY] : {};
      tokens.push({
        path: childPath,
        key,
        value: node.$value,
        type,
        typeGiven: type !== undefined,
        description: typeof node.$description === 'string' ? node.$description : '',
        extensions,
        file,
      });
    }
  };

  walk(tree, [], undefined);
  return tokens;
}

/**
 * Computes the Levenshtein edit distance, used to suggest a close token name.
 * @param {string} a
 * @param {string} b
 */
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = /** @type {number} */ (previous[j - 1]) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(/** @type {number} */ (previous[j]) + 1, /** @type {number} */ (current[j - 1]) + 1, substitution));
    }
    previous = current;
  }
  return /** @type {number} */ (previous[b.length]);
}

/**
 * Returns " Did you mean x?" for the closest existing key, or an empty string.
 * @param {string} key
 * @param {Iterable<string>} keys
 */
export function suggestKey(key, keys) {
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of keys) {
    const distance = editDistance(key, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(3, key.length / 3) ? ` Did you mean "${best}"?` : '';
}

/**
 * Tests whether two literal token values are the same; colours compare by channels.
 * @param {unknown} a
 * @param {unknown} b
 */
function sameValue(a, b) {
  const colorA = parseColor(a);
  const colorB = parseColor(b);
  if (colorA && colorB) {
    return colorA.r === colorB.r && colorA.g === colorB.g && colorA.b === colorB.b && colorA.a === colorB.a;
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Returns the reason a theme gives for locking a token, as a sentence, or an empty string.
 * @param {Token} token
 */
function lockReason(token) {
  const reason = token.extensions.lockReason;
  return typeof reason === 'string' && reason.length > 0 ? `${reason} ` : '';
}

/**
 * Merges token layers in order: a later layer replaces the value of a token
 * with the same path. Theme layers may add tokens, but override-only layers may not.
 * An override-only layer also may not give another value to a token marked
 * `"locked": true` in its fr.socle extension.
 * @param {Layer[]} layers
 * @returns {Map<string, Token>}
 */
export function mergeLayers(layers) {
  /** @type {Map<string, Token>} */
  const tokens = new Map();
  for (const layer of layers) {
    for (const entry of flattenTree(layer.tree, layer.file)) {
      const { typeGiven, ...token } = entry;
      const existing = tokens.get(token.key);
      if (!existing) {
        if (layer.overrideOnly) {
          throw new TokenError(
            `${layer.file}: unknown token "${token.key}".${suggestKey(token.key, tokens.keys())} An override file can only change tokens that the base theme defines; see the token list in json/tokens.json.`,
            { file: layer.file, tokenPath: token.key, code: 'unknown-token' },
          );
        }
        tokens.set(token.key, { ...token, tier: layer.tier });
        continue;
      }
      if (layer.overrideOnly && existing.extensions.locked === true && !sameValue(existing.value, token.value)) {
        throw new TokenError(
          `${layer.file}: token "${token.key}" is locked and cannot be changed (${JSON.stringify(existing.value)} → ${JSON.stringify(token.value)}). ${lockReason(existing)}Remove it from the file, or build on another base theme (--base socle) to use your own colours.`,
          { file: layer.file, tokenPath: token.key, code: 'locked-token' },
        );
      }
      if (typeGiven && existing.type !== undefined && token.type !== existing.type) {
        throw new TokenError(
          `${layer.file}: token "${token.key}" has $type "${token.type}" but the base defines it as "${existing.type}". Remove the $type or use "${existing.type}".`,
          { file: layer.file, tokenPath: token.key, code: 'invalid-type' },
        );
      }
      tokens.set(token.key, {
        ...existing,
        value: token.value,
        type: existing.type ?? token.type,
        description: token.description || existing.description,
        extensions: { ...existing.extensions, ...token.extensions },
        file: layer.file,
      });
    }
  }
  return tokens;
}
