import fc from 'fast-check';

/**
 * Fixed seed so that a failure replays identically. FC_NUM_RUNS raises the
 * number of runs per property for the longer `test:long` run.
 */
export const FC_SEED = 20260107;
export const FC_NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? '') || 200;

/** Runs for the single-digit-change properties, each of which validates about 100 variants per run. */
export const CHANGE_RUNS = Math.max(20, Math.floor(FC_NUM_RUNS / 4));

fc.configureGlobal({ seed: FC_SEED, numRuns: FC_NUM_RUNS });

/** Lists every string obtained by replacing one digit of `value` with another digit. */
export function singleDigitChanges(value: string): string[] {
  const changed: string[] = [];
  for (let index = 0; index < value.length; index++) {
    const character = value[index] ?? '';
    if (!/[0-9]/.test(character)) continue;
    for (let digit = 0; digit <= 9; digit++) {
      if (String(digit) !== character) changed.push(value.slice(0, index) + digit + value.slice(index + 1));
    }
  }
  return changed;
}

/** Arbitrary string of `length` decimal digits. */
export function digits(length: number): fc.Arbitrary<string> {
  return fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((list) => list.join(''));
}

/** Appends the Luhn check digit, computed independently of the library. */
export function withLuhnDigit(body: string): string {
  for (let check = 0; check <= 9; check++) {
    const candidate = body + check;
    let sum = 0;
    [...candidate].reverse().forEach((character, index) => {
      let digit = Number(character);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    });
    if (sum % 10 === 0) return candidate;
  }
  throw new Error(`no Luhn digit for ${body}`);
}

/** Separators people type or paste, including U+00A0 and U+202F. */
export const separator = fc.constantFrom(' ', '', '.', '-', '\u00a0', '\u202f', '  ');

/** Inserts a random separator between the characters of `value`. */
export function withSeparators(value: string): fc.Arbitrary<string> {
  return fc
    .array(separator, { minLength: value.length, maxLength: value.length })
    .map((separators) => [...value].map((character, index) => character + (index < value.length - 1 ? separators[index] : '')).join(''));
}
