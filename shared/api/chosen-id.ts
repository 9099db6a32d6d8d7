import { z } from 'zod';

/**
 * The id of something the person picked on a screen (a resident, a team, a slot, a contract): when it
 * is missing the message reads "请选择<label>", when it is anything else wrong "<label>不正确". `max`
 * bounds the length of an id the function accepts.
 */
export const ZChosenId = (label: string, max: number) =>
  z.string({ required_error: `请选择${label}`, invalid_type_error: `${label}不正确` }).trim().min(1, `请选择${label}`).max(max, `${label}不正确`);
