/**
 * Numbering plans of France and its overseas territories, written from the
 * ARCEP national numbering plan and ITU-T E.164 country code assignments.
 *
 * Metropolitan France and the overseas départements share the French
 * 10-digit plan: a 0 trunk prefix and a 9-digit national significant number
 * (NSN). The first three NSN digits pick the territory, so 0692 12 34 56
 * is a Réunion mobile whose E.164 form is +262 692 12 34 56. Saint-Pierre-
 * et-Miquelon, Nouvelle-Calédonie, Polynésie française and Wallis-et-Futuna
 * have plans of their own, with no trunk prefix.
 */

/** Service type of a number, from its prefix. */
export type PhoneType = 'fixed' | 'mobile' | 'special' | 'non-geographic' | 'unknown';

/**
 * Numbering area: FR is metropolitan France (Corsica included); GP also
 * serves Saint-Barthélemy and Saint-Martin.
 */
export type PhoneTerritory = 'FR' | 'RE' | 'YT' | 'GP' | 'GF' | 'MQ' | 'PM' | 'NC' | 'PF' | 'WF';

export interface NumberingPlan {
  territory: PhoneTerritory;
  /** ISO 3166-1 alpha-2 codes of the places the area serves. */
  regions: readonly string[];
  /** E.164 country code, without the plus sign. */
  countryCode: string;
  /** Length of the national significant number. */
  length: number;
  /** True when the number belongs to the French 10-digit plan and is dialled nationally with a leading 0. */
  trunkPrefix: boolean;
  /** Sizes of the digit groups of the NSN in the international display form. */
  groups: readonly number[];
  /** NSN of a plausible number, used in messages. */
  example: string;
  /** NSN prefixes and their service type; the longest matching prefix wins. */
  types: Readonly<Record<string, PhoneType>>;
}

export const PLANS: Readonly<Record<PhoneTerritory, NumberingPlan>> = {
  FR: {
    territory: 'FR',
    regions: ['FR'],
    countryCode: '33',
    length: 9,
    trunkPrefix: true,
    groups: [1, 2, 2, 2, 2],
    example: '612345678',
    // 01–05 geographic, 06 and 073–079 mobile, 08 special rates, 09 VoIP
    // (ARCEP). 070–072 are not assigned as 10-digit numbers.
    types: {
      '1': 'fixed', '2': 'fixed', '3': 'fixed', '4': 'fixed', '5': 'fixed', '6': 'mobile',
      '73': 'mobile', '74': 'mobile', '75': 'mobile', '76': 'mobile', '77': 'mobile', '78': 'mobile', '79': 'mobile',
      '8': 'special', '9': 'non-geographic',
    },
  },
  RE: { territory: 'RE', regions: ['RE'], countryCode: '262', length: 9, trunkPrefix: true, groups: [3, 2, 2, 2], example: '692123456', types: { '262': 'fixed', '263': 'fixed', '692': 'mobile', '693': 'mobile' } },
  YT: { territory: 'YT', regions: ['YT'], countryCode: '262', length: 9, trunkPrefix: true, groups: [3, 2, 2, 2], example: '639123456', types: { '269': 'fixed', '639': 'mobile' } },
  GP: { territory: 'GP', regions: ['GP', 'BL', 'MF'], countryCode: '590', length: 9, trunkPrefix: true, groups: [3, 2, 2, 2], example: '690123456', types: { '590': 'fixed', '690': 'mobile', '691': 'mobile' } },
  GF: { territory: 'GF', regions: ['GF'], countryCode: '594', length: 9, trunkPrefix: true, groups: [3, 2, 2, 2], example: '694123456', types: { '594': 'fixed', '694': 'mobile' } },
  MQ: { territory: 'MQ', regions: ['MQ'], countryCode: '596', length: 9, trunkPrefix: true, groups: [3, 2, 2, 2], example: '696123456', types: { '596': 'fixed', '696': 'mobile', '697': 'mobile' } },
  // NOTE: the service types of the four plans below come from the operators'
  // published ranges; a prefix missing here yields type 'unknown', not an error.
  PM: { territory: 'PM', regions: ['PM'], countryCode: '508', length: 6, trunkPrefix: false, groups: [2, 2, 2], example: '551234', types: { '41': 'fixed', '55': 'mobile' } },
  NC: {
    territory: 'NC', regions: ['NC'], countryCode: '687', length: 6, trunkPrefix: false, groups: [2, 2, 2], example: '751234',
    types: { '2': 'fixed', '3': 'fixed', '4': 'fixed', '5': 'mobile', '7': 'mobile', '8': 'mobile', '9': 'mobile' },
  },
  PF: { territory: 'PF', regions: ['PF'], countryCode: '689', length: 8, trunkPrefix: false, groups: [2, 2, 2, 2], example: '87123456', types: { '40': 'fixed', '87': 'mobile', '88': 'mobile', '89': 'mobile' } },
  WF: { territory: 'WF', regions: ['WF'], countryCode: '681', length: 6, trunkPrefix: false, groups: [2, 2, 2], example: '721234', types: { '72': 'fixed', '82': 'mobile', '83': 'mobile' } },
};

/** Overseas areas of the French 10-digit plan, found by the first three NSN digits. */
export const OVERSEAS_TRUNK_AREAS: readonly PhoneTerritory[] = ['RE', 'YT', 'GP', 'GF', 'MQ'];

/** Country codes handled here. E.164 country codes are prefix-free, so at most one matches an input. */
export const COUNTRY_CODES: readonly string[] = ['262', '590', '594', '596', '508', '687', '689', '681', '33'];
