import type { ZodError, ZodIssue } from 'zod';
import type { ApiError } from './errors';

const CJK = /[\u4e00-\u9fff]/;

/**
 * Turns the first zod issue into the product's error shape. Schemas carry Chinese messages for the
 * rules a person can break (a phone number, a date); anything else gets a plain Chinese sentence
 * naming the field, never zod's English text.
 */
export function issueToApiError(issue: ZodIssue): ApiError {
  const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
  if (CJK.test(issue.message)) return { code: 'INVALID_INPUT', message: issue.message, field };
  if (issue.code === 'unrecognized_keys') {
    return { code: 'INVALID_INPUT', message: `包含不支持的字段：${issue.keys.join('、')}`, field };
  }
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return { code: 'INVALID_INPUT', message: field ? `请填写 ${field}` : '缺少必填信息', field };
  }
  return { code: 'INVALID_INPUT', message: field ? `${field} 填写有误` : '填写的信息有误', field };
}

export function zodErrorToApiError(error: ZodError): ApiError {
  return issueToApiError(error.issues[0]);
}
