/** The signing pages, for navigation. */
const ROOT = '/packages/sign/pages';

const query = (params: Record<string, string | undefined>) => {
  const parts = Object.entries(params)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return parts.length ? `?${parts.join('&')}` : '';
};

export type SigningPurpose = 'new' | 'switch' | 'renew';

export interface SigningParams {
  teamId: string;
  purpose?: SigningPurpose;
  previousContractId?: string;
}

export const SIGN_ROUTES = {
  mine: `${ROOT}/index/index`,
  choose: (p: SigningParams & { codes?: string[] }) =>
    `${ROOT}/choose/index${query({ teamId: p.teamId, purpose: p.purpose, previousContractId: p.previousContractId, codes: p.codes?.join(',') })}`,
  confirm: (p: SigningParams & { codes: string[]; reason?: string }) =>
    `${ROOT}/confirm/index${query({ teamId: p.teamId, purpose: p.purpose, previousContractId: p.previousContractId, codes: p.codes.join(','), reason: p.reason })}`,
  contract: (contractId: string) => `${ROOT}/contract/index${query({ contractId })}`,
  agreement: (contractId: string) => `${ROOT}/agreement/index${query({ contractId })}`,
  review: `${ROOT}/review/index`,
};

/** Where a person without a health profile makes one. */
export const CREATE_PROFILE_ROUTE = '/packages/family/pages/profile-form/index';
/** The map tab, to choose a team. */
export const MAP_ROUTE = '/pages/map/index';
