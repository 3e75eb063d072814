import type { EtatCivilRequest } from './types.js';

/** Today's date in every validation test. */
export const TODAY = '2025-06-01';

/** Valid request for a copie intégrale of the requester's own birth act. */
export function birthRequest(): EtatCivilRequest {
  return {
    act: 'naissance',
    document: 'copie-integrale',
    qualite: 'personne-concernee',
    actDate: '1990-05-12',
    actPlace: { kind: 'commune', inseeCode: '49007', name: 'Angers' },
    person: { lastName: 'Martin', firstNames: 'Claire Anne', sex: 'F' },
    parents: [
      { lastName: 'Martin', firstNames: 'Paul' },
      { lastName: 'Durand', firstNames: 'Sophie' },
    ],
    copies: 2,
    delivery: { line1: '12 rue de la Paix', postalCode: '49000', city: 'Angers', country: 'FR' },
    contact: { email: 'claire.martin@example.org', phone: '+33 6 12 34 56 78' },
  };
}

/** Valid request from a spouse for an extrait avec filiation of a marriage act in Paris 15e. */
export function marriageRequest(): EtatCivilRequest {
  return {
    act: 'mariage',
    document: 'extrait-avec-filiation',
    qualite: 'conjoint',
    actDate: '2015-09-19',
    actPlace: { kind: 'commune', inseeCode: '75115', name: 'Paris 15e Arrondissement' },
    person: {
      lastName: 'N’Diaye',
      firstNames: 'Awa',
      birthDate: '1988-02-29',
      birthPlace: { kind: 'abroad', country: 'SN', city: 'Dakar' },
    },
    parents: [{ lastName: 'N’Diaye', firstNames: 'Moussa' }],
    spouse: { lastName: 'Lefèvre', firstNames: 'Jean-Luc' },
    copies: 1,
    delivery: { line1: 'Rue Neuve 5', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    requester: { lastName: 'Lefèvre', firstNames: 'Jean-Luc' },
  };
}

/** Valid request from a tiers for a death act abroad. */
export function deathRequest(): EtatCivilRequest {
  return {
    act: 'deces',
    document: 'copie-integrale',
    qualite: 'tiers',
    actDate: '2021-11-03',
    actPlace: { kind: 'abroad', country: 'ES', city: 'Madrid' },
    person: { lastName: 'Garcia', firstNames: 'Louis', nationality: 'francaise' },
    copies: 10,
    delivery: { line1: '3 place du Marché', line2: 'Bâtiment B', postalCode: '13008', city: 'Marseille', country: 'FR' },
    requester: { lastName: 'Bernard', firstNames: 'Lucie' },
  };
}

/** Valid request from an heir for a reconnaissance act. */
export function reconnaissanceRequest(): EtatCivilRequest {
  return {
    act: 'reconnaissance',
    document: 'copie-integrale',
    qualite: 'heritier',
    actDate: '1999-01-15',
    actPlace: { kind: 'commune', inseeCode: '69383', name: 'Lyon 3e Arrondissement' },
    person: { lastName: 'Petit', firstNames: 'Hugo' },
    declarant: { lastName: 'Petit', firstNames: 'Marc' },
    copies: 1,
    multilingualStandardForm: true,
    delivery: { line1: '8 avenue Foch', postalCode: '69006', city: 'Lyon', country: 'FR' },
    requester: { lastName: 'Petit', firstNames: 'Emma' },
  };
}
