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
