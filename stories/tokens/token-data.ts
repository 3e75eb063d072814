import contrast from '@socle/tokens/json/contrast.json';
import tokens from '@socle/tokens/json/tokens.json';

/** One token of the built reference (`@socle/tokens/json/tokens.json`). */
export interface TokenEntry {
  name: string;
  cssVar: string;
  path: string[];
  type: string;
  tier: 'primitive' | 'semantic' | 'component';
  description?: string;
  alias?: string | null;
  values: Record<string, { light: string; dark: string }>;
}

/** One checked foreground/background pair (`@socle/tokens/json/contrast.json`). */
export interface ContrastEntry {
  theme: string;
  scheme: 'light' | 'dark';
  foreground: string;
  background: string;
  foregroundValue: string;
  backgroundValue: string;
  ratio: number;
  minimum: number;
  kind: 'text' | 'large-text' | 'ui' | 'focus';
  pass: boolean;
}

export const TOKENS = tokens as TokenEntry[];
export const CONTRAST = contrast as ContrastEntry[];

/** Returns the tokens of one tier whose path starts with `prefix`. */
export function tokensUnder(tier: TokenEntry['tier'], prefix: string): TokenEntry[] {
  return TOKENS.filter((token) => token.tier === tier && token.path[0] === prefix);
}

/** Returns the value of a token in a theme and scheme. */
export function valueIn(token: TokenEntry, theme: string, scheme: string): string {
  const values = token.values[theme] ?? token.values['socle'];
  return scheme === 'dark' ? (values?.dark ?? '') : (values?.light ?? '');
}
