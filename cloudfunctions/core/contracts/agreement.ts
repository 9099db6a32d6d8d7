import crypto from 'node:crypto';
import { renderAgreement, type AgreementValues, type RenderedAgreement } from '../../../shared/contract/agreement';
import { totalFees } from '../../../shared/contract/packages';
import type { Purpose } from '../../../shared/contract/status';
import { ageOn, localDay } from '../../../shared/resident/age';
import { maskIdNumber } from '../../../shared/resident/id-number';
import { GUARDIAN_RELATION_LABELS } from '../../../shared/resident/vocabulary';
import type { ResidentDoc } from '../residents/resident-repository';
import type { ContractPackage, SignedBy } from './contract-docs';

export interface DraftAgreement extends RenderedAgreement {
  values: AgreementValues;
  hash: string;
}

/** SHA-256 of the exact text, hex. */
export function agreementHash(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The agreement for these parties, packages and signer, as it reads on the day `at`. */
export function draftAgreement(input: {
  purpose: Purpose;
  resident: ResidentDoc;
  team: { name: string; institution: string; phone: string };
  previousTeamName: string | null;
  lines: ContractPackage[];
  signer: SignedBy;
  at: Date;
}): DraftAgreement {
  const { resident } = input;
  const values: AgreementValues = {
    purpose: input.purpose,
    resident: {
      name: resident.name,
      gender: resident.gender,
      birthDate: resident.birthDate,
      idNumberMasked: maskIdNumber(resident.idMasked),
      age: ageOn(resident.birthDate, input.at),
      address: resident.address,
      phone: resident.phone,
    },
    team: input.team,
    previousTeamName: input.previousTeamName,
    packages: input.lines,
    fees: totalFees(input.lines),
    signer: {
      as: input.signer.as,
      name: input.signer.name,
      relationLabel: input.signer.relation ? GUARDIAN_RELATION_LABELS[input.signer.relation] : null,
    },
    signDay: localDay(input.at),
  };
  const rendered = renderAgreement(values);
  return { ...rendered, values, hash: agreementHash(rendered.text) };
}
