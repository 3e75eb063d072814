/**
 * The style sheet of the live examples: the four Socle themes, each scoped to
 * the examples that select it (see scopeThemeCss). Built once into
 * /example-themes.css and shared by every page.
 */
import type { APIRoute } from 'astro';
import socle from '@socle/tokens/css/socle.css?raw';
import etat from '@socle/tokens/css/etat.css?raw';
import communeExemple from '@socle/tokens/css/commune-exemple.css?raw';
import contrasteEleve from '@socle/tokens/css/contraste-eleve.css?raw';
import { scopeThemeCss } from '../lib/scoped-theme';
import { EXAMPLE_THEMES } from '../lib/example-themes';

const sources: Record<(typeof EXAMPLE_THEMES)[number], string> = {
  socle,
  etat,
  'commune-exemple': communeExemple,
  'contraste-eleve': contrasteEleve,
};

export const GET: APIRoute = () =>
  new Response(EXAMPLE_THEMES.map((theme) => scopeThemeCss(sources[theme], theme)).join('\n'), {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
