import type { Guardianship } from '@shared/api/guardianship';
import { SCOPE_LABELS, type Scope } from '@shared/policy/scopes';
import { formatLocalDate } from '../../../lib/date';

/**
 * The state of a guardianship in a few words, and whether it is in effect, as `side` sees it: a
 * request waiting for the resident is 待对方同意 to the relative and 等您同意 to the resident.
 */
export function statusOf(g: Guardianship, side: 'guardian' | 'resident' = 'guardian'): { text: string; tone: 'ok' | 'wait' | 'off' } {
  if (g.status === 'pending') {
    if (g.consentRoute === 'in_person') return { text: '待社区医生当面核实', tone: 'wait' };
    return { text: side === 'resident' ? '等您同意' : '待对方同意', tone: 'wait' };
  }
  if (g.status === 'declined') return { text: '未获同意', tone: 'off' };
  if (g.status === 'revoked') return { text: '已撤销', tone: 'off' };
  if (g.effectiveScopes.length === 0) {
    const expired = [g.guardianConsent, g.residentConsent].every((c) => !c || !c.current);
    return { text: expired ? '授权已过期，需续期' : '需本人重新同意', tone: 'off' };
  }
  return { text: '已生效', tone: 'ok' };
}

export function scopesText(scopes: readonly Scope[]): string {
  return scopes.length === 0 ? '无' : scopes.map((s) => SCOPE_LABELS[s]).join('、');
}

/** When the current consent ends, as a date in China. */
export function consentUntil(g: Guardianship): string | null {
  const current = [g.guardianConsent, g.residentConsent].filter((c) => c?.current).map((c) => c!.expiresAt);
  if (current.length === 0) return null;
  return formatLocalDate(current.sort()[current.length - 1]);
}

export function nextChangeText(g: Guardianship): string | null {
  if (!g.nextChange) return null;
  const on = formatLocalDate(g.nextChange.at);
  return g.nextChange.scopes.length === 0 ? `${on}起代管失效` : `${on}起权限变为：${scopesText(g.nextChange.scopes)}`;
}
