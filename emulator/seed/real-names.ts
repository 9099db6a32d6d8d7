import type { FacialVerification } from '../wx/facial-verify';
import { DEMO_IDS } from './demo-story';
import { CHEN_ID } from './demo-sojourn';
import { GRANDMOTHER, HE_ID } from './demo-claim';

/**
 * The real people behind the demo accounts (微信实名), so that the local 人脸核身 passes for each of
 * them as themselves and for nobody else: 王磊 cannot pass as his mother.
 */
export function enrollPersonas(faces: FacialVerification): void {
  faces.enroll('o-resident-ligl', '李桂兰', DEMO_IDS.ligl);
  faces.enroll('o-resident-wangmin', '王敏', DEMO_IDS.wangmin);
  faces.enroll('o-resident-liuzm', '刘志明', DEMO_IDS.liuzm);
  faces.enroll('o-resident-chenjg', '陈建国', CHEN_ID);
  faces.enroll(GRANDMOTHER, '何文英', HE_ID);
}
