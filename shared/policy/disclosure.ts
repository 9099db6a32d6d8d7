import { PERMISSIONS, type Permission, type PermissionRule } from './permissions';
import { SCOPES, type Scope } from './scopes';

/** How the caller relates to a resident, as the policy decided it for the action at hand. */
export interface Viewer {
  as: 'self' | 'guardian' | 'staff';
  scopes: readonly Scope[];
}

const isScope = (value: unknown): value is Scope => (SCOPES as readonly unknown[]).includes(value);

/**
 * Whether a caller admitted to an action as `viewer` also holds `permission`, read from the same
 * policy table. Replies use it to show only what the caller may see: a guardian allowed to change a
 * profile (`sign`) but not to read it (`view`) gets no health facts back from the change. Staff
 * admitted to an action on the resident are taken to be in reach of the permission's staff rule.
 */
export function viewerHolds(viewer: Viewer, permission: Permission): boolean {
  const rule: PermissionRule = PERMISSIONS[permission];
  if (viewer.as === 'self') return rule.self !== false;
  if (viewer.as === 'staff') return rule.staff.length > 0;
  return isScope(rule.guardian) && viewer.scopes.includes(rule.guardian);
}
