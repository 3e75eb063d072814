import { defineCollection, z } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import fr from './content/i18n/fr.json';

// The site's own UI strings: their keys are those of fr.json, the default
// locale, and a key missing from another locale falls back to French.
const socleStrings = z.object(Object.fromEntries(Object.keys(fr).map((key) => [key, z.string()]))).partial();

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: socleStrings }) }),
};
