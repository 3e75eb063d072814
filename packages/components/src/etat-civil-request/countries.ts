/**
 * ISO 3166-1 alpha-2 codes of the countries and territories outside France,
 * for an event abroad. France and its overseas collectivités (GF, GP, MQ, RE,
 * YT, PM, BL, MF, WF, PF, NC, TF) are left out, because their communes have
 * INSEE codes and are chosen in the commune field.
 */
const FOREIGN_COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
  'GA GB GD GE GG GH GI GL GM GN GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MO MP MR MS MT ' +
  'MU MV MW MX MY MZ NA NE NF NG NI NL NO NP NR NU NZ OM PA PE PG PH PK PL PN PR PS PT PW PY QA RO RS RU RW SA SB ' +
  'SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM ' +
  'US UY UZ VA VC VE VG VI VN VU WS XK YE ZA ZM ZW'
).split(' ');

export interface Country {
  code: string;
  name: string;
}

const cache = new Map<string, Country[]>();

/**
 * Returns the foreign countries with their names in `locale`, sorted by name.
 * Names come from `Intl.DisplayNames`; a runtime without it shows the codes.
 */
export function foreignCountries(locale: string): Country[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    names = undefined;
  }
  const countries = FOREIGN_COUNTRY_CODES.map((code) => ({ code, name: names?.of(code) ?? code }));
  countries.sort((first, second) => first.name.localeCompare(second.name, locale));
  cache.set(locale, countries);
  return countries;
}

/** Returns the name of a country code in `locale`, or the code itself. */
export function countryName(code: string, locale: string): string {
  return foreignCountries(locale).find((country) => country.code === code)?.name ?? code;
}
