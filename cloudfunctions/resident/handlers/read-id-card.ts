import type { Handler } from '../../core/define-function';
import { authorizeTeam } from '../../core/policy/team-access';
import { readIdCard as ocr } from '../../core/wx/id-card-ocr';

/**
 * For staff, at the service station: reads the ID card in front of them from a photo (WeChat OCR),
 * to fill in and check a form. The full number goes only to this staff member, who holds the card;
 * nothing is stored or logged here.
 */
export const readIdCard: Handler<'resident.readIdCard'> = async ({ imageUrl }, ctx) => {
  await authorizeTeam(ctx, 'idcard.read');
  return ocr(ctx, imageUrl);
};
