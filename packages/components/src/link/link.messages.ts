import type { MessageTable } from '../internal/i18n.js';

/**
 * Messages of `socle-link`. File sizes use decimal SI prefixes (1 ko =
 * 1000 octets, IEC 80000-13), written "ko", "Mo", "Go" in French.
 */
export const linkMessages: MessageTable = {
  fr: {
    'link.size.bytes': '{size} octets',
    'link.size.kilobytes': '{size} ko',
    'link.size.megabytes': '{size} Mo',
    'link.size.gigabytes': '{size} Go',
  },
  en: {
    'link.size.bytes': '{size} bytes',
    'link.size.kilobytes': '{size} KB',
    'link.size.megabytes': '{size} MB',
    'link.size.gigabytes': '{size} GB',
  },
};
