// Node API of @socle/tokens, used by the socle-tokens command and the build.
export { TokenError } from './errors.js';
export { parseColor, contrastRatio, relativeLuminance, composite } from './color.js';
export { checkContrast, describeFailure, MINIMUM_CONTRAST } from './contrast.js';
export { composeTheme, defaultSourceDir, listThemes, readContrastPairs, SCHEMES } from './source.js';
export { buildAll, buildTheme, buildCatalogue } from './build.js';
export { readOverrideFile } from './override.js';
export { writeFileAtomic } from './write.js';
