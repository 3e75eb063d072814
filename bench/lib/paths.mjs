// Folders the benchmark reads. bench/ sits in the monorepo, so the Socle
// packages and the root toolchain (esbuild, puppeteer-core, lit) resolve
// through the root node_modules, and the peers through bench/node_modules.
import { fileURLToPath } from 'node:url';

export const benchDir = fileURLToPath(new URL('..', import.meta.url));
export const repoDir = fileURLToPath(new URL('../..', import.meta.url));
export const componentsDist = `${repoDir}packages/components/dist/`;
export const formatsDist = `${repoDir}packages/formats/dist/`;
export const tokensDist = `${repoDir}packages/tokens/dist/`;
export const peersDir = `${benchDir}node_modules/`;
export const dsfrDist = `${peersDir}@gouvfr/dsfr/dist/`;
export const webAwesomeDist = `${peersDir}@awesome.me/webawesome/dist/`;
export const gcdsDist = `${peersDir}@gcds-core/components/dist/`;
export const docsDir = `${repoDir}docs-site/src/content/docs/`;
