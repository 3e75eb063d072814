// The building blocks of a component page under src/content/docs/composants/.
export { default as ComponentApi } from '../ComponentApi.astro';
export { default as ComponentTokens } from '../ComponentTokens.astro';
export { default as Example } from '../Example.astro';
export { default as ImportLine } from '../ImportLine.astro';
export { default as RgaaTable } from '../RgaaTable.astro';
export { default as Changelog } from '../Changelog.astro';
export { default as RgaaMatrix } from '../RgaaMatrix.astro';
