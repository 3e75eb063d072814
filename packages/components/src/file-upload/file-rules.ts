/** Short names of common MIME types, as users know them from file extensions. */
const MIME_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WEBP',
  'image/heic': 'HEIC',
  'image/svg+xml': 'SVG',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
};

/** Message keys of the `type/*` wildcards, such as `image/*`. */
export const WILDCARD_KEYS: Record<string, string> = {
  image: 'file-upload.anyImage',
  audio: 'file-upload.anyAudio',
  video: 'file-upload.anyVideo',
};

/** Splits an `accept` attribute (MIME types, `type/*` wildcards and `.ext` extensions, comma-separated) into lower-case tokens. */
export function parseAccept(accept: string): string[] {
  return accept
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Checks whether `file` matches one of the `accept` tokens, by extension, exact MIME
 * type or wildcard. An empty token list accepts every file, as on a native
 * `<input type="file">`.
 */
export function isAccepted(file: File, tokens: string[]): boolean {
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((token) => {
    if (token.startsWith('.')) return name.endsWith(token);
    if (token.endsWith('/*')) return type.startsWith(token.slice(0, -1));
    return type === token;
  });
}

/**
 * Returns the names shown for the `accept` tokens, such as `PDF, JPG, PNG`,
 * without duplicates. `translateWildcard` names a `type/*` wildcard in the
 * user's language.
 */
export function acceptLabels(tokens: string[], translateWildcard: (group: string) => string): string[] {
  const labels = tokens.map((token) => {
    if (token.startsWith('.')) return token.slice(1).toUpperCase();
    if (token.endsWith('/*')) return translateWildcard(token.slice(0, -2));
    return MIME_LABELS[token] ?? (token.split('/')[1] ?? token).toUpperCase();
  });
  return [...new Set(labels)];
}

/** Binary size units: 1 ko = 1024 octets, as file managers on Windows show them. */
export const SIZE_UNITS = ['B', 'kB', 'MB', 'GB'] as const;

/**
 * Splits a size in bytes into a number with at most one decimal and its unit,
 * in powers of 1024: 10485760 gives 10 and `MB`.
 */
export function splitSize(bytes: number): { amount: number; unit: (typeof SIZE_UNITS)[number] } {
  let amount = Math.max(0, bytes);
  let index = 0;
  while (amount >= 1024 && index < SIZE_UNITS.length - 1) {
    amount /= 1024;
    index += 1;
  }
  return { amount: Math.round(amount * 10) / 10, unit: SIZE_UNITS[index]! };
}

/** Checks whether two files are most likely the same file chosen twice. */
export function isSameFile(a: File, b: File): boolean {
  return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified && a.type === b.type;
}
