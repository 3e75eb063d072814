import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '@socle/components/custom-elements.json';
import { applyDisplayGlobals, LOCALES, SCHEMES, THEME_NAMES } from './themes.js';
import './preview.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Thème',
      toolbar: { title: 'Thème', icon: 'paintbrush', items: THEME_NAMES, dynamicTitle: true },
    },
    scheme: {
      description: 'Schéma de couleurs',
      toolbar: { title: 'Schéma', icon: 'mirror', items: [...SCHEMES], dynamicTitle: true },
    },
    locale: {
      description: 'Langue',
      toolbar: { title: 'Langue', icon: 'globe', items: [...LOCALES], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'socle', scheme: 'light', locale: 'fr' },
  decorators: [
    (story, context) => {
      applyDisplayGlobals(context.globals);
      return story();
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Any axe violation fails the story, in Storybook's panel and in `npm test`.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
