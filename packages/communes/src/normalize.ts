/**
 * Normalises a commune name or a query for matching: lower case, no accents,
 * œ and æ spelt out, every run of other characters (hyphens, apostrophes,
 * spaces, brackets) turned into one space, and the abbreviations St and Ste
 * spelt Saint and Sainte.
 */
export function normalize(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (plain === '') return '';
  return plain
    .split(' ')
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word))
    .join(' ');
}

/** Returns the département code of an INSEE commune code: three characters overseas (97x, 98x). */
export function departementOf(inseeCode: string): string {
  return inseeCode.startsWith('97') || inseeCode.startsWith('98') ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2);
}

/** Returns the postal-code digits of a query such as "69 003", or null when it is not 1 to 5 digits. */
export function postalCodeQuery(query: string): string | null {
  const compact = query.replace(/\s+/g, '');
  return /^\d{1,5}$/.test(compact) ? compact : null;
}
