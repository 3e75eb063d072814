import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as projectAnnotations from './preview.js';

// Each Vitest project renders every story in one theme and scheme, given by
// the project's `define`.
declare const __SOCLE_STORY_THEME__: string;
declare const __SOCLE_STORY_SCHEME__: string;

(window as unknown as { litIssuedWarnings: Set<string> }).litIssuedWarnings = new Set(['dev-mode']);

setProjectAnnotations([
  a11yAnnotations,
  projectAnnotations,
  { initialGlobals: { theme: __SOCLE_STORY_THEME__, scheme: __SOCLE_STORY_SCHEME__, locale: 'fr' } },
]);
