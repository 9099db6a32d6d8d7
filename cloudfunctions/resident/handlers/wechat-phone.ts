import type { Handler } from '../../core/define-function';
import { exchangePhoneCode } from '../../core/wx/phone-number';

/**
 * The caller's own mobile number from WeChat's getPhoneNumber button, to fill a form with: only the
 * caller's own number, to the caller; nothing is stored until they save the form.
 */
export const wechatPhone: Handler<'resident.wechatPhone'> = async ({ code }, ctx) => ({ phone: await exchangePhoneCode(ctx, code) });
