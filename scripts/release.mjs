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

if (dryRun) {
  for (const { folder } of publicPackages) {
    run('npm', ['publish', '--dry-run', '--access', 'public'], { cwd: `packages/${folder}` });
  }
} else {
  run('npx', ['changeset', 'publish'], { env: { ...process.env, NPM_CONFIG_PROVENANCE: 'true' } });
}
