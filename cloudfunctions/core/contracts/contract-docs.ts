import type { ContractStatus, Purpose } from '../../../shared/contract/status';
import type { EligibilityRule, PackageCode, PackageKind } from '../../../shared/contract/packages';
import type { Relation } from '../../../shared/resident/vocabulary';
import type { AgreementValues } from '../../../shared/contract/agreement';

export const CONTRACTS = 'contracts';
export const PACKAGES = 'packages';
/**
 * One document per resident and place: `active:<residentId>` names the contract in effect,
 * `next:<residentId>` the one application waiting for review or renewal waiting for its day. Taking a
 * place is an insert of that `_id`, so the database itself refuses a second holder, under any
 * concurrency; every status change moves the places in the same transaction.
 */
export const SLOTS = 'contractSlots';

export const activeSlotId = (residentId: string) => `active:${residentId}`;
export const nextSlotId = (residentId: string) => `next:${residentId}`;

export interface SlotDoc {
  _id: string;
  residentId: string;
  contractId: string;
  since: Date;
}

/** A package as stored in the catalogue (collection `packages`). */
export interface PackageDoc {
  _id: string;
  code: PackageCode;
  name: string;
  kind: PackageKind;
  summary: string;
  services: string[];
  feeYuan: number;
  eligibility: EligibilityRule;
  /** Teams offering it; empty when every team does. */
  teamIds: string[];
  /** The part basic medical insurance pays, for teams that say so. */
  coverage: Array<{ teamId: string; insuranceYuan: number; note: string }>;
  order: number;
  /** Where the figures come from, for whoever maintains the catalogue. */
  source: string;
}

/** A package as fixed in a contract: the terms signed, whatever the catalogue says later. */
export interface ContractPackage {
  code: PackageCode;
  name: string;
  kind: PackageKind;
  feeYuan: number;
  insuranceYuan: number;
  selfPayYuan: number;
  services: string[];
}

export interface SignedBy {
  openid: string;
  as: 'self' | 'guardian';
  name: string;
  /** What the signer is to the resident (子女), for a family member. */
  relation: Relation | null;
}

/** A regular (常住地) contract or application as stored. */
export interface ContractDoc {
  _id: string;
  residentId: string;
  residentName: string;
  /** The resident's own account, to tell them the outcome; null for a profile kept by family. */
  residentOpenid: string | null;
  teamId: string;
  /** The team as it was when the application was made. */
  team: { name: string; institution: string; phone: string };
  kind: 'regular';
  purpose: Purpose;
  /** The contract a switch leaves or a renewal continues. */
  previousContractId: string | null;
  status: ContractStatus;
  packages: ContractPackage[];
  fees: { totalYuan: number; insuranceYuan: number; selfPayYuan: number };
  /** Set on approval. */
  period: { start: Date; end: Date } | null;
  signedBy: SignedBy;
  /**
   * What was signed: the template version and the values it was filled with, the resulting text and
   * its SHA-256. Filling the same version with the same values gives the same text again.
   */
  agreement: { templateVersion: string; values: AgreementValues; title: string; text: string; hash: string; signedAt: Date };
  /** Why the resident asks to switch. */
  reason: string | null;
  submittedAt: Date;
  review: { at: Date; by: string; reviewerLabel: string; decision: 'approve' | 'reject'; reason: string | null } | null;
  ended: { at: Date; by: string; byLabel: string; reason: string | null } | null;
  /** When the 30-day renewal notice went out; it goes out once. */
  renewalNoticeAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
