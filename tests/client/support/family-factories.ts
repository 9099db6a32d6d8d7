import type { ActionOutput } from '@shared/api';
import type { Guardianship } from '@shared/api/guardianship';
import type { Profile } from '@shared/api/resident-profile';

type Family = ActionOutput<'resident.listMine'>;

/** A profile as `resident.getProfile` answers it; override what the test is about. */
export function profileOf(over: Partial<Profile> = {}): Profile {
  return {
    id: 'rs-test',
    name: '王敏',
    gender: 'female',
    birthDate: '1979-05-12',
    age: 47,
    idNumberMasked: '5301*************7',
    phone: '13987650002',
    address: '昆明市五华区华山街道1号',
    gridId: null,
    conditions: [],
    pregnancy: null,
    disability: null,
    livesAlone: false,
    riskFactors: [],
    hasOwnAccount: true,
    identity: { verified: true, method: 'face', at: '2026-11-01T02:05:00.000Z' },
    classification: { priorityGroups: [], managementCategory: 'healthy', elderlyRisk: null },
    viewer: { as: 'self', scopes: ['view', 'book', 'sign', 'reminders'] },
    createdAt: '2026-11-01T02:00:00.000Z',
    updatedAt: '2026-11-01T02:00:00.000Z',
    ...over,
  };
}

export function guardianshipOf(over: Partial<Guardianship> = {}): Guardianship {
  return {
    id: 'g-test',
    residentId: 'rs-other',
    residentName: '李桂兰',
    guardianName: '王敏',
    relation: 'parent',
    consentRoute: 'in_app',
    status: 'active',
    requestedScopes: ['view', 'book'],
    effectiveScopes: ['view', 'book'],
    guardianConsent: null,
    residentConsent: null,
    nextChange: null,
    createdAt: '2026-11-01T02:00:00.000Z',
    updatedAt: '2026-11-01T02:00:00.000Z',
    ...over,
  };
}

/** 李桂兰 with her own record and no one else's. */
export const LIGL_ALONE: Family = familyOf({ self: profileOf({ id: 'rs-ligl', name: '李桂兰' }) });

export function familyOf(over: Partial<Family> = {}): Family {
  return { self: null, managed: [], guardians: [], verifyAt: [], ...over };
}
