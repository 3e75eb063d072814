import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error The extraction script is plain JavaScript without declarations.
import { extract } from '../../scripts/extract.mjs';
import type { ChunkLoader } from '../source.js';

let extracted: Promise<string> | undefined;

/** Runs the extraction once per test file into a temporary folder and returns that folder. */
export function extractedDataDir(): Promise<string> {
  extracted ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'socle-communes-'));
    await extract(dir);
    return dir;
  })();
  return extracted;
}

/** Returns a loader that reads chunks from `dir` and records each path it reads. */
export function fileLoader(dir: string, readPaths: string[] = []): ChunkLoader {
  return async (path) => {
    readPaths.push(path);
    return JSON.parse(await readFile(join(dir, path), 'utf8'));
  };
}
