import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { authorizeContractRead } from '../../core/policy/contract-access';
import { agreementHash } from '../../core/contracts/agreement';
import { renderAgreement } from '../../../shared/contract/agreement';
import { ContractRepository } from '../../core/contracts/contract-repository';
import { toContract } from '../../core/contracts/contract-views';

/**
 * The signed agreement, word for word as stored. It is intact when the text still has the stored hash
 * and filling its template version with the stored values gives exactly that text.
 */
export const agreement: Handler<'contract.agreement'> = async ({ contractId }, ctx) => {
  const doc = await new ContractRepository(ctx.db).find(contractId, true);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这份签约', 'contractId');
  await authorizeContractRead(ctx, doc);
  const { text, title, templateVersion, values, hash, signedAt } = doc.agreement;
  // The stored text is the title, then each section as its heading and body, separated by blank lines.
  const sections = text
    .split('\n\n')
    .slice(1)
    .map((block) => {
      const cut = block.indexOf('\n');
      return cut < 0 ? { heading: block, body: '' } : { heading: block.slice(0, cut), body: block.slice(cut + 1) };
    });
  return {
    contractId: doc._id,
    residentId: doc.residentId,
    templateVersion,
    title,
    sections,
    text,
    hash,
    intact: agreementHash(text) === hash && renderAgreement(values, templateVersion).text === text,
    signedBy: toContract(doc, ctx.now()).signedBy,
    signedAt: new Date(signedAt).toISOString(),
  };
};
