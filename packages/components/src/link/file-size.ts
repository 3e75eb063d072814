import { translate } from '../internal/i18n.js';
import { toText } from '../internal/to-text.js';
import { linkMessages } from './link.messages.js';

const UNITS = ['link.size.bytes', 'link.size.kilobytes', 'link.size.megabytes', 'link.size.gigabytes'] as const;

/**
 * Formats a size given in bytes for `locale`, such as "245 ko" or "1,2 Mo"
 * in French and "245 KB" or "1.2 MB" in English, with decimal prefixes.
 * Values under 10 of a unit keep one decimal. A value that is not a
 * non-negative number of bytes, such as "245 ko", is returned trimmed as given.
 */
export function formatFileSize(value: string | number, locale: string): string {
  const text = toText(value).trim();
  const bytes = typeof value === 'number' ? value : /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(bytes) || bytes < 0) return text;

  let amount = bytes;
  let unit = 0;
  while (amount >= 1000 && unit < UNITS.length - 1) {
    amount /= 1000;
    unit += 1;
  }
  const digits = unit > 0 && amount < 10 ? 1 : 0;
  const size = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(amount);
  // A no-break space keeps the number and its unit on one line.
  return translate(locale, UNITS[unit]!, { size }, linkMessages).replace(' ', '\u00a0');
}
