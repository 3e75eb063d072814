// Type-checks every TypeScript project of the repository: the root project
// (stories, Storybook and test configuration) and each package that has a
// tsconfig.json. Exits non-zero when any of them has errors.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const projects = [
  'tsconfig.json',
  ...readdirSync('packages')
    .map((name) => `packages/${name}/tsconfig.json`)
    .filter((path) => existsSync(path)),
];

let failed = 0;
for (const project of projects) {
  const result = spawnSync('npx', ['tsc', '-p', project, '--noEmit'], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`Type errors in ${project}.`);
  }
}
process.exit(failed === 0 ? 0 : 1);
