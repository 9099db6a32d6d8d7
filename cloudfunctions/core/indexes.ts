/**
 * Indexes of the project's collections, declared once. The local emulator builds and uses them for
 * equality, `$in` and range queries (array fields are multikey); the deploy creates the same ones.
 * `_id` is always indexed and unique and is not listed.
 */
export interface IndexSpec {
  collection: string;
  /** Dot path of the indexed field. */
  field: string;
  unique?: boolean;
}

export const INDEXES: IndexSpec[] = [
  { collection: 'accounts', field: 'staff.teamId' },
  { collection: 'residents', field: 'ownerOpenid' },
  { collection: 'residents', field: 'idHmac', unique: true },
  { collection: 'residents', field: 'gridId' },
  { collection: 'guardianships', field: 'guardianOpenid' },
  { collection: 'guardianships', field: 'residentId' },
  { collection: 'grids', field: 'cells' },
  { collection: 'grids', field: 'teamId' },
  { collection: 'grids', field: 'searchTerms' },
  { collection: 'grids', field: 'mapCells' },
  { collection: 'grids', field: 'gridId' },
  { collection: 'grids', field: 'importId' },
  { collection: 'teams', field: 'regionCode' },
  { collection: 'teams', field: 'pointCells' },
  { collection: 'contracts', field: 'residentId' },
  { collection: 'contracts', field: 'teamId' },
  { collection: 'contracts', field: 'status' },
  { collection: 'contracts', field: 'period.end' },
  { collection: 'contracts', field: 'period.start' },
  { collection: 'notices', field: 'openid' },
  { collection: 'slots', field: 'teamId' },
  { collection: 'slots', field: 'startsAt' },
  { collection: 'appointments', field: 'residentId' },
  { collection: 'appointments', field: 'slotId' },
  { collection: 'appointments', field: 'key', unique: true },
  { collection: 'appointments', field: 'requestKey', unique: true },
  { collection: 'appointments', field: 'seat', unique: true },
  { collection: 'appointments', field: 'startsAt' },
  { collection: 'slots', field: 'hold.until' },
  { collection: 'waitlist', field: 'spot' },
  { collection: 'waitlist', field: 'residentId' },
  { collection: 'visits', field: 'residentId' },
  { collection: 'visits', field: 'teamId' },
  { collection: 'readings', field: 'residentId' },
  { collection: 'readings', field: 'measuredAt' },
  { collection: 'reminderPlans', field: 'residentId' },
  { collection: 'reminderPlans', field: 'nextDueAt' },
  { collection: 'reminderEvents', field: 'residentId' },
  { collection: 'reminderEvents', field: 'dueAt' },
  { collection: 'reminderEvents', field: 'missedCheckAt' },
  { collection: 'subscriptions', field: 'openid' },
  { collection: 'outbox', field: 'touser' },
  { collection: 'auditLog', field: 'residentId' },
  { collection: 'auditLog', field: 'actorOpenid' },
];

/** Every collection the product uses; created on first start and by the deploy. */
export const COLLECTIONS = [
  'accounts', 'residents', 'guardianships', 'grids', 'gridImports', 'teams', 'packages', 'contracts', 'slots',
  'appointments', 'reminderPlans', 'reminderEvents', 'subscriptions', 'outbox', 'auditLog', 'requests', 'attempts', 'rateLimits',
  'contractSlots', 'notices', 'visits', 'prescriptions', 'reminderShards', 'waitlist', 'readings', 'identityProofs',
  'identityCodes',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
