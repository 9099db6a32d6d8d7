/** What a guardian may be allowed to do for a resident (代管权限). */
export const SCOPES = ['view', 'book', 'sign', 'reminders'] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_LABELS: Record<Scope, string> = {
  view: '查看健康档案和记录',
  book: '预约服务',
  sign: '签约、续约和修改档案',
  reminders: '管理用药提醒',
};

/** Scopes in their canonical order, without duplicates. */
export function sortScopes(scopes: Iterable<Scope>): Scope[] {
  const set = new Set(scopes);
  return SCOPES.filter((s) => set.has(s));
}

/**
 * What each scope lets the other person do, in plain words, for the person who grants it: read
 * before consenting, as a serious act for an elder.
 */
export const SCOPE_DETAILS: Record<Scope, string> = {
  view: '可以看到您的健康档案：手机号码、住址、慢性病等健康情况，以及签约和服务记录。',
  book: '可以替您预约家庭医生的门诊、上门服务或巡诊，也可以取消预约。',
  sign: '可以替您和家庭医生团队签约、续约、换团队或解约，并修改您档案里的手机号码、地址和健康情况。',
  reminders: '可以替您设置和修改用药、饮食和运动提醒。',
};

/**
 * The scopes a request may ask for today: those whose feature the app has screens for. Booking joins
 * when its screens exist; a request never offers, let alone pre-selects, a scope for a feature that
 * is not there yet.
 */
export const OFFERED_SCOPES: readonly Scope[] = ['view', 'sign', 'reminders'];

/** What a son or daughter usually needs for a parent: to see the record and to sign; the rest is asked for by choice. */
export const DEFAULT_REQUEST_SCOPES: readonly Scope[] = ['view', 'sign'];
