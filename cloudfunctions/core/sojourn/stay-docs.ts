import type { ShareScope, StayStatus } from '../../../shared/sojourn/stay-rules';
import type { SignedBy } from '../contracts/contract-docs';

/** The resident's one place for a sojourn registration, beside the home contract's places. */
export const sojournSlotId = (residentId: string) => `sojourn:${residentId}`;

/**
 * A sojourn registration (旅居签约), kept with the contracts (`kind: 'sojourn'`) so that whoever asks
 * which teams look after a resident (`currentTeams`) sees it: approved, it is `active` and its period
 * runs from the start of the arrival day to the end of the departure day. It never touches the home
 * contract's places; its own place (`sojourn:<residentId>`) allows one registration at a time.
 */
export interface StayDoc {
  _id: string;
  kind: 'sojourn';
  residentId: string;
  residentName: string;
  residentOpenid: string | null;
  teamId: string;
  team: { name: string; institution: string; phone: string };
  status: StayStatus;
  period: { start: Date; end: Date };
  address: string;
  emergencyContact: { name: string; phone: string };
  /** A visitor from outside the system names their home institution. */
  homeInstitution: { name: string; phone: string } | null;
  /** The in-system home team at registration. */
  homeTeam: { id: string; name: string; institution: string; phone: string } | null;
  conditions: string;
  medicines: string;
  shareScopes: ShareScope[];
  signedBy: SignedBy;
  submittedAt: Date;
  review: { at: Date; by: string; reviewerLabel: string; decision: 'approve' | 'reject'; reason: string | null } | null;
  ended: { at: Date; by: string; byLabel: string; reason: string | null } | null;
  closingNote: { text: string; by: string; at: Date } | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewStay = Omit<StayDoc, '_id' | 'kind' | 'status' | 'review' | 'ended' | 'closingNote' | 'createdAt' | 'updatedAt'>;
