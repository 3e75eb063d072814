/**
 * Reads the build output of the workspace packages that the docs pages are
 * generated from. Files are read with node:fs at build time, not imported,
 * because they are generated and may not exist when the site is type-checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Error for a generated input file that is missing or invalid. Its message names the build command to run. */
export class BuildInputError extends Error {
  override name = 'BuildInputError';
}

const cache = new Map<string, unknown>();

/**
 * Returns the parsed JSON file at `relativePath` under the repository's
 * `packages/` folder, or throws a BuildInputError naming `buildCommand`.
 */
export function readPackageJson<T>(relativePath: string, buildCommand: string): T {
  const file = join(__SOCLE_PACKAGES_DIR__, relativePath);
  const cached = cache.get(file);
  if (cached !== undefined) return cached as T;

  if (!existsSync(file)) {
    throw new BuildInputError(
      `The docs site needs ${file}, which is missing. Run \`${buildCommand}\` from the repository root first.`,
    );
  }
  let parsed: T;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new BuildInputError(
      `${file} is invalid JSON (${(error as Error).message}). Rebuild it with \`${buildCommand}\`.`,
    );
  }
  cache.set(file, parsed);
  return parsed;
}

/** Returns the text of a source file under `packages/`, for build-time scans. */
export function readPackageText(relativePath: string): string {
  return readFileSync(join(__SOCLE_PACKAGES_DIR__, relativePath), 'utf8');
}

export const packagesDir = (): string => __SOCLE_PACKAGES_DIR__;
