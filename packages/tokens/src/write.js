import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/**
 * Writes a file atomically: the content goes to a temporary file in the same
 * folder, which is then renamed over the target. A reader never sees a
 * half-written file, and a failure leaves the previous file untouched.
 * @param {string} file
 * @param {string} content
 */
export function writeFileAtomic(file, content) {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
