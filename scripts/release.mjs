// Releases the changed @socle packages: applies the pending changesets
// (versions and changelogs), rebuilds, and publishes with npm provenance.
// `npm run release -- --dry-run` runs every step but the upload, on a copy
// of the versions: it changes no file.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const dryRun = process.argv.includes('--dry-run');

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`Release stopped: "${command} ${args.join(' ')}" failed with exit ${result.status}.`);
    process.exit(1);
  }
}

const publicPackages = readdirSync('packages')
  .map((folder) => ({ folder, manifest: JSON.parse(readFileSync(`packages/${folder}/package.json`, 'utf8')) }))
  .filter(({ manifest }) => !manifest.private);

if (dryRun) {
  run('npx', ['changeset', 'status', '--verbose']);
} else {
  run('npx', ['changeset', 'version']);
  run('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund']);
}

run('npm', ['run', 'build']);

/**
 * Runs `npm publish --dry-run` in one package and stops the release when npm
 * rewrites its package.json on the way: npm 11 drops a `bin` entry it finds
 * invalid, and reports it only in a warning.
 */
function dryRunPublish(folder) {
  const args = ['publish', '--dry-run', '--access', 'public'];
  console.log(`$ npm ${args.join(' ')}`);
  const result = spawnSync('npm', args, { cwd: `packages/${folder}`, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  process.stderr.write(result.stderr);
  if (result.status !== 0) {
    console.error(`Release stopped: "npm ${args.join(' ')}" failed in packages/${folder} with exit ${result.status}.`);
    process.exit(1);
  }
  if (result.stderr.includes('auto-corrected')) {
    console.error(`Release stopped: npm corrected the package.json of packages/${folder} (see its warnings above). Fix the field it names.`);
    process.exit(1);
  }
}

if (dryRun) {
  for (const { folder } of publicPackages) dryRunPublish(folder);
} else {
  run('npx', ['changeset', 'publish'], { env: { ...process.env, NPM_CONFIG_PROVENANCE: 'true' } });
}
