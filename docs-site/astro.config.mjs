// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import rehypeTableRegions from './src/lib/rehype-table-regions.mjs';

// Folder of the workspace packages whose build output the pages read at build
// time (the Custom Elements Manifest, the token JSON). SOCLE_PACKAGES_DIR
// overrides it, for example to build the docs against another checkout.
const packagesDir = process.env.SOCLE_PACKAGES_DIR ?? fileURLToPath(new URL('../packages/', import.meta.url));

/**
 * Builds the live examples with Socle's development warnings only under
 * `astro dev`. The components read `__SOCLE_DEV__` and, when it is undefined
 * (unbundled TypeScript source), run in development mode.
 * @returns {import('astro').AstroIntegration}
 */
function socleDevelopmentFlag() {
  return {
    name: 'socle-development-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __SOCLE_DEV__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}

export default defineConfig({
  markdown: { rehypePlugins: [rehypeTableRegions] },
  // Sharp is installed without its native binary, and the site has no raster
  // images to optimise: the no-op service passes images through unchanged.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  vite: {
    define: { __SOCLE_PACKAGES_DIR__: JSON.stringify(packagesDir) },
    resolve: {
      // `source` points @socle/components at its TypeScript source, so the
      // live examples do not depend on a fresh `dist/` of the package. Setting
      // `conditions` replaces Vite's defaults, so they are repeated after it.
      conditions: ['source', 'module', 'browser', 'development|production'],
    },
  },
  integrations: [
    socleDevelopmentFlag(),
    starlight({
      title: 'Socle',
      // The site-wide fallback; every page sets its own description too.
      description: 'Composants web accessibles et jetons de design pour les services publics français.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'Français', lang: 'fr' },
        en: { label: 'English', lang: 'en' },
      },
      customCss: ['./src/styles/socle-docs.css'],
      // Static site: no "Edit this page" link and no external social icons.
      lastUpdated: false,
      pagefind: true,
      sidebar: [
        {
          label: 'Démarrer',
          translations: { en: 'Getting started' },
          items: [
            { slug: 'demarrer' },
            { slug: 'demarrer/react' },
            { slug: 'demarrer/vue' },
            { slug: 'demarrer/angular' },
            { slug: 'demarrer/ssr' },
          ],
        },
        {
          label: 'Thèmes',
          translations: { en: 'Themes' },
          items: [{ slug: 'themes-et-jetons' }, { slug: 'reference-des-jetons' }],
        },
        {
          label: 'Composants',
          translations: { en: 'Components' },
          autogenerate: { directory: 'composants' },
        },
        {
          label: 'Modèles',
          translations: { en: 'Patterns' },
          items: [{ slug: 'modeles/demande-etat-civil' }, { slug: 'modeles/formulaire-recapitulatif' }],
        },
        { slug: 'rgaa' },
        { slug: 'benchmarks' },
        { slug: 'accessibilite' },
        { slug: 'journal-des-modifications' },
      ],
    }),
  ],
});
