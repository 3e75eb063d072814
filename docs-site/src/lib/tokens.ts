/** The design tokens as built by @socle/tokens (dist/json/tokens.json and contrast.json). */
import { BuildInputError, readPackageJson } from './build-inputs';

export type Tier = 'primitive' | 'semantic' | 'component';

export interface SchemeValues {
  light: string | number;
  dark: string | number;
}

export interface Token {
  name: string;
  cssVar: string;
  path: string[];
  type: string;
  tier: Tier;
  description: string;
  /** DTCG alias such as `{color.action.primary.background}`, or null for a literal value. */
  alias: string | null;
  /** Values per theme; a theme-specific primitive exists only in its own theme. */
  values: Record<string, SchemeValues>;
}

export interface ContrastPair {
  theme: string;
  scheme: 'light' | 'dark';
  foreground: string;
  background: string;
  foregroundValue: string;
  backgroundValue: string;
  ratio: number;
  minimum: number;
  /** Use that sets the minimum: `text`, `large-text`, `ui` or `focus`. */
  kind: string;
  pass: boolean;
}

const BUILD_TOKENS = 'npm run build:tokens';

/** Themes in the order the docs present them: the default first. */
export const THEMES = ['socle', 'etat', 'commune-exemple', 'contraste-eleve'] as const;

export const TIERS: readonly Tier[] = ['primitive', 'semantic', 'component'];

export function loadTokens(): Token[] {
  const tokens = readPackageJson<Token[]>('tokens/dist/json/tokens.json', BUILD_TOKENS);
  if (!Array.isArray(tokens)) {
    throw new BuildInputError(`packages/tokens/dist/json/tokens.json must contain an array of tokens. Rebuild it with \`${BUILD_TOKENS}\`.`);
  }
  return tokens;
}

export function loadContrastPairs(): ContrastPair[] {
  const pairs = readPackageJson<ContrastPair[]>('tokens/dist/json/contrast.json', BUILD_TOKENS);
  if (!Array.isArray(pairs)) {
    throw new BuildInputError(`packages/tokens/dist/json/contrast.json must contain an array of pairs. Rebuild it with \`${BUILD_TOKENS}\`.`);
  }
  return pairs;
}

/**
 * Returns the category a token is listed under: the first two path segments
 * for nested groups (`color.action`, `font.size`), else the first one (`space`).
 */
export function categoryOf(token: Token): string {
  return token.path.length > 2 ? `${token.path[0]}.${token.path[1]}` : (token.path[0] ?? token.name);
}

/** Groups the tokens of one tier by category, keeping the source order. */
export function groupByCategory(tokens: Token[], tier: Tier): Map<string, Token[]> {
  const groups = new Map<string, Token[]>();
  for (const token of tokens) {
    if (token.tier !== tier) continue;
    const category = categoryOf(token);
    const group = groups.get(category) ?? [];
    group.push(token);
    groups.set(category, group);
  }
  return groups;
}

/** Themes present in the token file, in THEMES order, then any other theme. */
export function themesOf(tokens: Token[]): string[] {
  const found = new Set<string>();
  for (const token of tokens) for (const theme of Object.keys(token.values)) found.add(theme);
  const known = THEMES.filter((theme) => found.has(theme));
  const others = [...found].filter((theme) => !(THEMES as readonly string[]).includes(theme)).sort();
  return [...known, ...others];
}
