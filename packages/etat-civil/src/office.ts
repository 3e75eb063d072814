import type { ActCode, Locale, LocalizedText, NationalityCode } from './codes.js';
import type { EventPlace } from './types.js';

/** Kind of office that keeps the act and delivers the copies. */
export type OfficeKind =
  | 'mairie'
  | 'mairie-arrondissement'
  | 'mairie-secteur'
  | 'service-central-etat-civil'
  | 'consulat'
  | 'ofpra';

/** Competent office, with texts in the requested locale. */
export interface Office {
  kind: OfficeKind;
  name: string;
  note?: string;
  /** INSEE code of the commune or municipal arrondissement, for a mairie. */
  inseeCode?: string;
  /** Postal address, given for the national offices only. */
  address?: string;
}

/** Request data used to route the request. */
export interface RoutingFacts {
  act?: ActCode | undefined;
  place?: Partial<EventPlace> | undefined;
  nationality?: NationalityCode | undefined;
  ofpraProtected?: boolean | undefined;
}

const PARIS_COMMUNE = '75056';
const LYON_COMMUNE = '69123';
const MARSEILLE_COMMUNE = '13055';
const CITY_BY_COMMUNE_CODE: Readonly<Record<string, string>> = {
  [PARIS_COMMUNE]: 'Paris',
  [LYON_COMMUNE]: 'Lyon',
  [MARSEILLE_COMMUNE]: 'Marseille',
};

/** Marseille's 16 arrondissements, grouped in 8 secteurs that each have a mairie de secteur. */
const MARSEILLE_SECTOR_BY_ARRONDISSEMENT: Readonly<Record<number, number>> = {
  1: 1, 7: 1,
  2: 2, 3: 2,
  4: 3, 5: 3,
  6: 4, 8: 4,
  9: 5, 10: 5,
  11: 6, 12: 6,
  13: 7, 14: 7,
  15: 8, 16: 8,
};

const SERVICE_CENTRAL_ADDRESS = 'Service central d’état civil, 11 rue de la Maison Blanche, 44941 Nantes Cedex 9';

function ordinalFr(rank: number): string {
  return rank === 1 ? '1er' : `${rank}e`;
}

function ordinalEn(rank: number): string {
  const lastTwo = rank % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${rank}th`;
  switch (rank % 10) {
    case 1:
      return `${rank}st`;
    case 2:
      return `${rank}nd`;
    case 3:
      return `${rank}rd`;
    default:
      return `${rank}th`;
  }
}

/**
 * Builds "Mairie de X" with French elision and contraction: "Mairie d’Angers",
 * "Mairie du Havre", "Mairie des Lilas".
 */
function mairieOf(communeName: string): string {
  if (/^Le /.test(communeName)) return `Mairie du ${communeName.slice(3)}`;
  if (/^Les /.test(communeName)) return `Mairie des ${communeName.slice(4)}`;
  // NOTE: only vowels trigger the elision. Names starting with a mute h
  // ("Hyères") get "de", because telling a mute h from an aspirated one needs
  // a dictionary.
  if (/^[AEIOUÂÊÎÔÛÉÈËÏÜŒ]/i.test(communeName)) return `Mairie d’${communeName}`;
  return `Mairie de ${communeName}`;
}

function inRange(code: number, first: number, last: number): boolean {
  return code >= first && code <= last;
}

const DEATH_NOTE: LocalizedText = {
  fr: 'La mairie du dernier domicile du défunt détient aussi une transcription de l’acte de décès.',
  en: 'The mairie of the deceased’s last home also holds a transcription of the death certificate.',
};

const CHOOSE_ARRONDISSEMENT_NOTE: LocalizedText = {
  fr: 'Indiquez l’arrondissement de l’événement : chaque mairie d’arrondissement ou de secteur détient ses propres registres.',
  en: 'Give the arrondissement of the event: each arrondissement or secteur mairie keeps its own registers.',
};

interface LocalizedOffice {
  kind: OfficeKind;
  name: LocalizedText;
  note?: LocalizedText;
  inseeCode?: string;
  address?: string;
}

/** Routes an event in a French commune, with the municipal arrondissements of Paris, Lyon and Marseille. */
function routeCommune(inseeCode: string, communeName: string | undefined): LocalizedOffice {
  const numeric = /^[0-9]{5}$/.test(inseeCode) ? Number(inseeCode) : Number.NaN;

  // Paris: since 11 July 2020 the 1st to 4th arrondissements form one secteur,
  // "Paris Centre", whose mairie keeps their registers (loi n° 2017-257 du
  // 28 février 2017 relative au statut de Paris).
  if (inRange(numeric, 75101, 75104)) {
    return {
      kind: 'mairie-secteur',
      name: { fr: 'Mairie de Paris Centre', en: 'Paris Centre town hall (mairie)' },
      note: {
        fr: 'Depuis 2020, la mairie de Paris Centre délivre les actes des 1er, 2e, 3e et 4e arrondissements.',
        en: 'Since 2020 the Paris Centre mairie issues the certificates of the 1st to 4th arrondissements.',
      },
      inseeCode,
    };
  }
  if (inRange(numeric, 75105, 75120)) {
    const rank = numeric - 75100;
    return {
      kind: 'mairie-arrondissement',
      name: {
        fr: `Mairie du ${ordinalFr(rank)} arrondissement de Paris`,
        en: `Town hall (mairie) of the ${ordinalEn(rank)} arrondissement of Paris`,
      },
      inseeCode,
    };
  }
  if (inRange(numeric, 69381, 69389)) {
    const rank = numeric - 69380;
    return {
      kind: 'mairie-arrondissement',
      name: {
        fr: `Mairie du ${ordinalFr(rank)} arrondissement de Lyon`,
        en: `Town hall (mairie) of the ${ordinalEn(rank)} arrondissement of Lyon`,
      },
      // NOTE: routing of old Lyon acts is uncertain, because the 8th and 9th
      // arrondissements were carved out of older ones, so an act older than
      // its arrondissement may sit in another one's registers.
      note: {
        fr: 'Pour un acte ancien, les registres peuvent être tenus par un autre arrondissement ; en cas de doute, contactez la mairie de Lyon.',
        en: 'For an old act the registers may be kept by another arrondissement; if in doubt, contact the Lyon town hall.',
      },
      inseeCode,
    };
  }
  if (inRange(numeric, 13201, 13216)) {
    const arrondissement = numeric - 13200;
    const sector = MARSEILLE_SECTOR_BY_ARRONDISSEMENT[arrondissement] ?? 0;
    const grouped = Object.entries(MARSEILLE_SECTOR_BY_ARRONDISSEMENT)
      .filter(([, value]) => value === sector)
      .map(([key]) => Number(key));
    return {
      kind: 'mairie-secteur',
      name: {
        fr: `Mairie du ${ordinalFr(sector)} secteur de Marseille (${grouped.map(ordinalFr).join(' et ')} arrondissements)`,
        en: `Town hall (mairie) of the ${ordinalEn(sector)} secteur of Marseille (${grouped.map(ordinalEn).join(' and ')} arrondissements)`,
      },
      inseeCode,
    };
  }
  if (inseeCode === PARIS_COMMUNE || inseeCode === LYON_COMMUNE || inseeCode === MARSEILLE_COMMUNE) {
    const city = CITY_BY_COMMUNE_CODE[inseeCode] ?? inseeCode;
    return {
      kind: 'mairie',
      name: { fr: `Mairie de ${city}`, en: `${city} town hall (mairie)` },
      note: CHOOSE_ARRONDISSEMENT_NOTE,
      inseeCode,
    };
  }

  const name = communeName?.trim();
  return {
    kind: 'mairie',
    name:
      name !== undefined && name !== ''
        ? { fr: mairieOf(name), en: `${name} town hall (mairie)` }
        : { fr: `Mairie de la commune ${inseeCode}`, en: `Town hall (mairie) of commune ${inseeCode}` },
    inseeCode,
  };
}

/**
 * Routes an event abroad. The Service central d'état civil in Nantes keeps the
 * acts of French nationals about events abroad, including births in Algeria,
 * Morocco and Tunisia before their independence. A foreigner's act stays with
 * the authorities of their country, and OFPRA issues the acts of the refugees
 * and stateless persons it protects.
 */
function routeAbroad(nationality: NationalityCode | undefined, ofpraProtected: boolean | undefined): LocalizedOffice {
  if (ofpraProtected === true) {
    return {
      kind: 'ofpra',
      name: {
        fr: 'Office français de protection des réfugiés et apatrides (OFPRA)',
        en: 'French Office for the Protection of Refugees and Stateless Persons (OFPRA)',
      },
      note: {
        fr: 'L’OFPRA établit les documents d’état civil des réfugiés, apatrides et bénéficiaires de la protection subsidiaire qu’il protège : adressez-lui la demande.',
        en: 'OFPRA issues the civil-status documents of the refugees, stateless persons and beneficiaries of subsidiary protection it protects: send the request to OFPRA.',
      },
    };
  }
  if (nationality === 'etrangere') {
    return {
      kind: 'consulat',
      name: {
        fr: 'Autorités du pays de l’événement (consulat en France)',
        en: 'Authorities of the country of the event (its consulate in France)',
      },
      note: {
        fr: 'Un acte étranger concernant une personne étrangère se demande aux autorités de son pays, souvent par leur consulat ; aucune administration française ne le délivre.',
        en: 'A foreign certificate of a foreign national is requested from the authorities of their country, often through its consulate; no French administration issues it.',
      },
    };
  }
  const note: LocalizedText = {
    fr: 'Le Service central d’état civil détient les actes des Français concernant un événement à l’étranger, y compris les naissances en Algérie, au Maroc et en Tunisie avant l’indépendance. Il reçoit les demandes en ligne ou par courrier uniquement.',
    en: 'The Service central d’état civil keeps the certificates of French nationals for events abroad, including births in Algeria, Morocco and Tunisia before independence. It takes requests online or by post only.',
  };
  if (nationality === undefined) {
    return {
      kind: 'service-central-etat-civil',
      name: { fr: 'Service central d’état civil (Nantes)', en: 'Service central d’état civil (Nantes)' },
      note: {
        fr: `${note.fr} Une personne étrangère s’adresse aux autorités de son pays, et une personne réfugiée ou apatride à l’OFPRA.`,
        en: `${note.en} A foreign national applies to the authorities of their country, and a refugee or stateless person to OFPRA.`,
      },
      address: SERVICE_CENTRAL_ADDRESS,
    };
  }
  return {
    kind: 'service-central-etat-civil',
    name: { fr: 'Service central d’état civil (Nantes)', en: 'Service central d’état civil (Nantes)' },
    note,
    address: SERVICE_CENTRAL_ADDRESS,
  };
}

/**
 * Finds the office competent for the act, or returns `undefined` while the
 * place of the event is unknown or its INSEE code is malformed.
 */
export function routeOffice(facts: RoutingFacts, locale: Locale): Office | undefined {
  const place = facts.place;
  let office: LocalizedOffice;
  if (place?.kind === 'abroad') {
    office = routeAbroad(facts.nationality, facts.ofpraProtected);
  } else if (place?.kind === 'commune' && typeof place.inseeCode === 'string' && /^(?:[0-9]{2}|2[AB])[0-9]{3}$/.test(place.inseeCode)) {
    office = routeCommune(place.inseeCode, typeof place.name === 'string' ? place.name : undefined);
    if (facts.act === 'deces') {
      office.note = office.note === undefined ? DEATH_NOTE : { fr: `${office.note.fr} ${DEATH_NOTE.fr}`, en: `${office.note.en} ${DEATH_NOTE.en}` };
    }
  } else {
    return undefined;
  }

  const result: Office = { kind: office.kind, name: office.name[locale] };
  if (office.note !== undefined) result.note = office.note[locale];
  if (office.inseeCode !== undefined) result.inseeCode = office.inseeCode;
  if (office.address !== undefined) result.address = office.address;
  return result;
}
