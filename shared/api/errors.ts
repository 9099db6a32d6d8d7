/** The closed set of error codes every action may answer with. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_ELIGIBLE',
  'SLOT_FULL',
  'QUOTA_EXHAUSTED',
  'TOO_MANY_ATTEMPTS',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One error shape, shared by functions and screens: `field` names the form field at fault. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  field?: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Default screen messages, used when a handler gives none. */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  INVALID_INPUT: '填写的信息有误，请检查后重试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相关信息',
  CONFLICT: '操作冲突，请刷新后重试',
  NOT_ELIGIBLE: '不符合办理条件',
  SLOT_FULL: '该时段已约满，请选择其他时段',
  QUOTA_EXHAUSTED: '消息提醒次数已用完，请重新订阅',
  TOO_MANY_ATTEMPTS: '尝试次数过多，请稍后再试',
  INTERNAL: '系统繁忙，请稍后再试',
};
