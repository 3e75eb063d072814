import { readFileSync } from 'node:fs';
import { TokenError } from './errors.js';

/**
 * Converts a character offset into a 1-based line and column.
 * @param {string} text
 * @param {number} offset
 */
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/**
 * Finds the position of a JSON.parse failure from its message. Node 20.20
 * reports "in JSON at position N"; the "(line L column C)" form is accepted
 * too in case a later V8 reports that.
 * @param {string} text
 * @param {string} message
 * @returns {{ line: number, column: number } | undefined}
 */
function locateSyntaxError(text, message) {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  }
  const position = /position (\d+)/.exec(message);
  if (position) {
    return lineAndColumn(text, Number(position[1]));
  }
  if (/Unexpected end of JSON input/.test(message)) {
    return lineAndColumn(text, text.length);
  }
  return undefined;
}

/**
 * Parses JSON text, turning a syntax error into a TokenError that gives the
 * file, line and column.
 * @param {string} text
 * @param {string} file name used in messages
 * @returns {unknown}
 */
export function parseJson(text, file) {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const where = locateSyntaxError(text, error.message);
    const position = where ? `:${where.line}:${where.column}` : '';
    const reason = error.message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    throw new TokenError(
      `${file}${position}: invalid JSON (${reason}). Fix the syntax at that position. A token file is a JSON object of groups and tokens with $value.`,
      { file, code: 'invalid-json' },
    );
  }
}

/**
 * Reads and parses a JSON file; a missing file or invalid JSON becomes a TokenError.
 * @param {string} file
 * @returns {unknown}
 */
export function readJsonFile(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = /** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT' ? 'file not found' : String(/** @type {Error} */ (error).message);
    throw new TokenError(`${file}: cannot read the file (${reason}). Check the path.`, { file, code: 'unreadable-file' });
  }
  return parseJson(text, file);
}
