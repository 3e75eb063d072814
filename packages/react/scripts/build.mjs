// Builds @socle/react: regenerates the wrappers from the manifest of
// @socle/components (so build that package first), then compiles them with
// tsc into dist/ with their declarations.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, ['scripts/generate.mjs'], { cwd: root, stdio: 'inherit' });
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
