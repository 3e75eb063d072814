import commune from '@socle/tokens/css/commune-exemple.css?inline';
import contrasteEleve from '@socle/tokens/css/contraste-eleve.css?inline';
import etat from '@socle/tokens/css/etat.css?inline';
import socle from '@socle/tokens/css/socle.css?inline';

/** Built theme style sheets, keyed by theme name. */
export const THEMES = {
  socle,
  etat,
  'commune-exemple': commune,
  'contraste-eleve': contrasteEleve,
} as const;

export type ThemeName = keyof typeof THEMES;
export const THEME_NAMES = Object.keys(THEMES) as ThemeName[];
export const SCHEMES = ['light', 'dark'] as const;
export const LOCALES = ['fr', 'en'] as const;

export interface DisplayGlobals {
  theme?: string;
  scheme?: string;
  locale?: string;
}

/**
 * Loads the theme's style sheet, sets the colour scheme and the page
 * language, exactly as a page using Socle does.
 */
export function applyDisplayGlobals({ theme = 'socle', scheme = 'light', locale = 'fr' }: DisplayGlobals): void {
  const name: ThemeName = theme in THEMES ? (theme as ThemeName) : 'socle';
  let style = document.getElementById('socle-theme');
  if (!style) {
    style = document.createElement('style');
    style.id = 'socle-theme';
    document.head.append(style);
  }
  if (style.dataset['theme'] !== name) {
    style.textContent = THEMES[name];
    style.dataset['theme'] = name;
  }
  const root = document.documentElement;
  root.dataset['socleScheme'] = scheme === 'dark' ? 'dark' : 'light';
  root.dataset['socleTheme'] = name;
  root.lang = locale === 'en' ? 'en' : 'fr';
}
