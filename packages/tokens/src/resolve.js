import { TokenError } from './errors.js';
import { parseColor } from './color.js';
import { aliasTarget, suggestKey } from './model.js';

/** @typedef {import('./model.js').Token} Token */

/**
 * Returns every alias target inside a value (strings, arrays and shadow objects).
 * @param {unknown} value
 * @returns {string[]}
 */
function aliasesIn(value) {
  const target = aliasTarget(value);
  if (target !== undefined) return [target];
  if (Array.isArray(value)) return value.flatMap(aliasesIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(aliasesIn);
  return [];
}

/**
 * Checks a colour literal, or the colour fields of a shadow literal.
 * @param {Token} token
 */
function checkColorLiterals(token) {
  /** @type {Array<[unknown, string]>} */
  const candidates = [];
  if (token.type === 'color') {
    candidates.push([token.value, token.key]);
  } else if (token.type === 'shadow') {
    const layers = Array.isArray(token.value) ? token.value : [token.value];
    layers.forEach((layer) => {
      if (typeof layer === 'object' && layer !== null) candidates.push([/** @type {Record<string, unknown>} */ (layer).color, `${token.key} (shadow colour)`]);
    });
  }
  for (const [value, where] of candidates) {
    if (aliasTarget(value) !== undefined) continue;
    if (!parseColor(value)) {
      throw new TokenError(
        `${token.file}: token "${where}" has the invalid colour ${JSON.stringify(value)}. Write #rrggbb, #rrggbbaa or rgb()/rgba(), or an alias such as {color.neutral.900}.`,
        { file: token.file, tokenPath: token.key, code: 'invalid-color' },
      );
    }
  }
}

/**
 * Resolves every alias and checks the merged tokens: each alias must point at
 * an existing token, aliases must not form a cycle, a token without $type
 * takes the type of its alias target, and colour literals must parse.
 * @param {Map<string, Token>} tokens merged tokens; missing types are filled in place
 * @returns {Map<string, unknown>} resolved value of each token, keyed like `tokens`
 */
export function resolveTokens(tokens) {
  /** @type {Map<string, unknown>} */
  const resolved = new Map();
  /** @type {string[]} */
  const stack = [];

  /**
   * @param {string} key
   * @returns {unknown}
   */
  const resolveKey = (key) => {
    if (resolved.has(key)) return resolved.get(key);
    const token = /** @type {Token} */ (tokens.get(key));

    if (stack.includes(key)) {
      const cycle = [...stack.slice(stack.indexOf(key)), key].join(' → ');
      throw new TokenError(
        `${token.file}: alias cycle ${cycle}. One of these tokens must hold a literal value instead of an alias.`,
        { file: token.file, tokenPath: key, code: 'alias-cycle' },
      );
    }
    stack.push(key);

    for (const target of aliasesIn(token.value)) {
      if (!tokens.has(target)) {
        throw new TokenError(
          `${token.file}: token "${key}" refers to {${target}}, which does not exist.${suggestKey(target, tokens.keys())} Point the alias at an existing token or write a literal value.`,
          { file: token.file, tokenPath: key, code: 'broken-alias' },
        );
      }
    }

    /** @param {unknown} value @returns {unknown} */
    const resolveValue = (value) => {
      const target = aliasTarget(value);
      if (target !== undefined) return resolveKey(target);
      if (Array.isArray(value)) return value.map(resolveValue);
      if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, resolveValue(inner)]));
      }
      return value;
    };
    const value = resolveValue(token.value);

    const target = aliasTarget(token.value);
    if (token.type === undefined && target !== undefined) {
      token.type = /** @type {Token} */ (tokens.get(target)).type;
    }
    if (token.type === undefined) {
      throw new TokenError(`${token.file}: token "${key}" has no $type. Add "$type" to the token or to its group.`, { file: token.file, tokenPath: key, code: 'invalid-type' });
    }

    stack.pop();
    resolved.set(key, value);
    return value;
  };

  for (const token of tokens.values()) checkColorLiterals(token);
  for (const key of tokens.keys()) resolveKey(key);

  for (const token of tokens.values()) {
    if (token.type === 'color' && !parseColor(resolved.get(token.key))) {
      throw new TokenError(
        `${token.file}: colour token "${token.key}" resolves to ${JSON.stringify(resolved.get(token.key))}, which is not a colour. Point the alias at a colour token.`,
        { file: token.file, tokenPath: token.key, code: 'invalid-color' },
      );
    }
  }
  return resolved;
}
