import type { Handler } from '../../core/define-function';
import { prepareSigning } from '../../core/contracts/signing';

/** The agreement exactly as it would be signed now, with its hash, for the person to read first. */
export const preview: Handler<'contract.preview'> = async (input, ctx) => {
  const { agreement, application } = await prepareSigning(ctx, {
    residentId: input.residentId,
    teamId: input.teamId,
    packageCodes: input.packageCodes,
    purpose: input.purpose,
    previousContractId: input.previousContractId ?? null,
    reason: null,
  });
  return {
    templateVersion: agreement.templateVersion,
    title: agreement.title,
    sections: agreement.sections,
    text: agreement.text,
    hash: agreement.hash,
    team: { id: application.teamId, ...application.team },
    packageCodes: application.packages.map((p) => p.code),
    packages: application.packages,
    fees: application.fees,
  };
};
