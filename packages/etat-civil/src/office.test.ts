import { describe, expect, it } from 'vitest';

import { evaluateRequest } from './evaluate.js';
import type { RequestDraft } from './types.js';

const TODAY = '2025-06-01';

function inCommune(inseeCode: string, name: string, act: 'naissance' | 'deces' = 'naissance'): RequestDraft {
  return { act, actPlace: { kind: 'commune', inseeCode, name } };
}

describe('office routing in France', () => {
  it('routes an ordinary commune to its mairie', () => {
    const { office } = evaluateRequest(inCommune('49007', 'Angers'), { today: TODAY });

    expect(office).toEqual({ kind: 'mairie', name: 'Mairie d’Angers', inseeCode: '49007' });
  });

  it('contracts "Le" and "Les" in the mairie name', () => {
    expect(evaluateRequest(inCommune('76351', 'Le Havre'), { today: TODAY }).office?.name).toBe('Mairie du Havre');
    expect(evaluateRequest(inCommune('93045', 'Les Lilas'), { today: TODAY }).office?.name).toBe('Mairie des Lilas');
    expect(evaluateRequest(inCommune('2A004', 'Ajaccio'), { today: TODAY }).office?.name).toBe('Mairie d’Ajaccio');
    expect(evaluateRequest(inCommune('33063', 'Bordeaux'), { today: TODAY }).office?.name).toBe('Mairie de Bordeaux');
  });

  it('names the commune in English', () => {
    const { office } = evaluateRequest(inCommune('49007', 'Angers'), { today: TODAY, locale: 'en' });

    expect(office?.name).toBe('Angers town hall (mairie)');
  });

  it('routes Paris 15e to its mairie d’arrondissement', () => {
    const { office } = evaluateRequest(inCommune('75115', 'Paris 15e Arrondissement'), { today: TODAY });

    expect(office?.kind).toBe('mairie-arrondissement');
    expect(office?.name).toBe('Mairie du 15e arrondissement de Paris');
    expect(office?.inseeCode).toBe('75115');
  });

  it('routes Paris 1er to 4e to the Paris Centre secteur', () => {
    for (const inseeCode of ['75101', '75102', '75103', '75104']) {
      const { office } = evaluateRequest(inCommune(inseeCode, 'Paris'), { today: TODAY });

      expect(office?.kind, inseeCode).toBe('mairie-secteur');
      expect(office?.name, inseeCode).toBe('Mairie de Paris Centre');
    }
  });

  it('routes Paris 5e to its own mairie', () => {
    const { office } = evaluateRequest(inCommune('75105', 'Paris 5e Arrondissement'), { today: TODAY });

    expect(office?.name).toBe('Mairie du 5e arrondissement de Paris');
  });

  it('routes Lyon 3e to its mairie d’arrondissement', () => {
    const { office } = evaluateRequest(inCommune('69383', 'Lyon 3e Arrondissement'), { today: TODAY });

    expect(office?.kind).toBe('mairie-arrondissement');
    expect(office?.name).toBe('Mairie du 3e arrondissement de Lyon');
    expect(office?.note).toContain('acte ancien');
  });

  it('routes Marseille 8e to the 4e secteur', () => {
    const { office } = evaluateRequest(inCommune('13208', 'Marseille 8e Arrondissement'), { today: TODAY });

    expect(office?.kind).toBe('mairie-secteur');
    expect(office?.name).toBe('Mairie du 4e secteur de Marseille (6e et 8e arrondissements)');
  });

  it('routes Marseille 1er to the 1er secteur', () => {
    const { office } = evaluateRequest(inCommune('13201', 'Marseille 1er Arrondissement'), { today: TODAY });

    expect(office?.name).toBe('Mairie du 1er secteur de Marseille (1er et 7e arrondissements)');
  });

  it('asks for the arrondissement of Paris, Lyon or Marseille', () => {
    for (const inseeCode of ['75056', '69123', '13055']) {
      const { office } = evaluateRequest(inCommune(inseeCode, 'Ville'), { today: TODAY });

      expect(office?.kind, inseeCode).toBe('mairie');
      expect(office?.note, inseeCode).toContain('arrondissement');
    }
  });

  it('mentions the last domicile for a death act', () => {
    const { office } = evaluateRequest(inCommune('49007', 'Angers', 'deces'), { today: TODAY });

    expect(office?.note).toContain('dernier domicile');
  });

  it('returns null while the place is unknown or malformed', () => {
    expect(evaluateRequest({ act: 'naissance' }, { today: TODAY }).office).toBeNull();
    expect(evaluateRequest(inCommune('4900', 'Angers'), { today: TODAY }).office).toBeNull();
    expect(evaluateRequest({ actPlace: { kind: 'ailleurs' } } as unknown as RequestDraft, { today: TODAY }).office).toBeNull();
  });
});

describe('office routing abroad', () => {
  it('routes a French national to Nantes', () => {
    const { office } = evaluateRequest(
      { act: 'naissance', actPlace: { kind: 'abroad', country: 'BE' }, person: { nationality: 'francaise' } },
      { today: TODAY },
    );

    expect(office?.kind).toBe('service-central-etat-civil');
    expect(office?.name).toBe('Service central d’état civil (Nantes)');
    expect(office?.address).toBe('Service central d’état civil, 11 rue de la Maison Blanche, 44941 Nantes Cedex 9');
    expect(office?.note).toContain('en ligne ou par courrier uniquement');
  });

  it('routes to Nantes when the nationality is unknown', () => {
    const { office } = evaluateRequest({ act: 'naissance', actPlace: { kind: 'abroad', country: 'DZ' } }, { today: TODAY });

    expect(office?.kind).toBe('service-central-etat-civil');
    expect(office?.note).toContain('Algérie');
    expect(office?.note).toContain('OFPRA');
  });

  it('sends a foreign national to their consulate', () => {
    const { office } = evaluateRequest(
      { act: 'naissance', actPlace: { kind: 'abroad', country: 'IT' }, person: { nationality: 'etrangere' } },
      { today: TODAY },
    );

    expect(office?.kind).toBe('consulat');
  });

  it('sends a refugee to OFPRA', () => {
    const { office } = evaluateRequest(
      { act: 'naissance', actPlace: { kind: 'abroad', country: 'AF' }, person: { nationality: 'etrangere', ofpraProtected: true } },
      { today: TODAY, locale: 'en' },
    );

    expect(office?.kind).toBe('ofpra');
    expect(office?.name).toContain('Refugees');
  });
});

describe('COMEDEC notice', () => {
  it('shows the notice for a birth in a connected commune', () => {
    const { notices } = evaluateRequest(inCommune('49007', 'Angers'), { today: TODAY, comedecConnected: true });

    expect(notices).toHaveLength(1);
    expect(notices[0]?.code).toBe('comedec');
  });

  it('hides the notice otherwise', () => {
    expect(evaluateRequest(inCommune('49007', 'Angers'), { today: TODAY }).notices).toEqual([]);
    expect(evaluateRequest(inCommune('49007', 'Angers', 'deces'), { today: TODAY, comedecConnected: true }).notices).toEqual([]);
  });
});
