import { withCheckChar } from '../../shared/resident/id-number';
import type { FacialVerification } from '../wx/facial-verify';

type Call = (openid: string, action: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** 石龙湖社区第一网格, as in the rest of the demo story. */
const GRID = 'cg-shilonghu-01';
export const GRANDSON = 'o-resident-sunq';
export const GRANDMOTHER = 'o-resident-hewy';
/** 何文英, female, 1948-09-20 (invented, with a valid check character). */
export const HE_ID = withCheckChar('53011419480920024');

/**
 * A record claimed by its owner: 孙强 set up his grandmother 何文英's record on his own phone and, by
 * mistake, as his own (本人). She later opened the app herself, passed 人脸核身 and took the record
 * over, so it is hers and verified, and 孙强's message centre tells him what happened and whom to call.
 */
export async function playClaimStory(call: Call, faces: FacialVerification): Promise<void> {
  await call(GRANDSON, 'resident.createProfile', {
    subject: 'self', name: '何文英', gender: 'female', birthDate: '1948-09-20', idNumber: HE_ID,
    phone: '13987650021', address: '昆明市呈贡区洛龙街道石龙湖社区9栋1单元201', gridId: GRID, conditions: ['hypertension'],
  });
  const verifyResult = faces.passed(GRANDMOTHER, '何文英', HE_ID);
  await call(GRANDMOTHER, 'resident.claimProfile', { name: '何文英', idNumber: HE_ID, verifyResult });
}
