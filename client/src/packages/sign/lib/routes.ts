/** The signing pages, for navigation (paths from the one page table). */
import { pageUrl } from '@shared/pages/page-paths';

export type SigningPurpose = 'new' | 'switch' | 'renew';

export interface SigningParams {
  teamId: string;
  purpose?: SigningPurpose;
  previousContractId?: string;
}

export const SIGN_ROUTES = {
  mine: pageUrl('signMine'),
  choose: (p: SigningParams & { codes?: string[] }) =>
    pageUrl('signChoose', { teamId: p.teamId, purpose: p.purpose, previousContractId: p.previousContractId, codes: p.codes }),
  confirm: (p: SigningParams & { codes: string[]; reason?: string }) =>
    pageUrl('signConfirm', { teamId: p.teamId, purpose: p.purpose, previousContractId: p.previousContractId, codes: p.codes, reason: p.reason }),
  contract: (contractId: string, extra?: { submitted?: boolean }) =>
    pageUrl('signContract', { contractId, submitted: extra?.submitted ? 1 : undefined }),
  agreement: (contractId: string) => pageUrl('signAgreement', { contractId }),
  review: pageUrl('signReview'),
};

/** Where a person without a health profile makes one, coming back to `back` when it is saved. */
export const createProfileRoute = (back: string): string => pageUrl('familyProfileForm', { back });
/** Where a health profile is corrected or completed, coming back to `back` when it is saved. */
export const editProfileRoute = (residentId: string, back: string): string => pageUrl('familyProfileEdit', { residentId, back });
/** The map tab, to choose a team. */
export const MAP_ROUTE = pageUrl('map');
