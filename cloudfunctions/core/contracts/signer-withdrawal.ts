import { notify } from '../notices/notify';
import { GuardianshipRepository, guardianshipId, type GuardianshipDoc } from '../guardianships/guardianship-repository';
import { ResidentRepository } from '../residents/resident-repository';
import { effectiveScopes } from '../../../shared/policy/consent';
import { PURPOSE_LABELS } from '../../../shared/contract/status';
import { aboutContract } from './contract-notices';
import type { ContractDoc } from './contract-docs';
import { ContractRepository } from './contract-repository';

type Env = Parameters<typeof notify>[0];

const REASON = '代签的家人已不再有代管授权，申请自动撤回';

/** A resident's applications still waiting for review that `guardianOpenid` signed for them. */
export function signedAndWaiting(docs: readonly ContractDoc[], guardianOpenid: string): ContractDoc[] {
  return docs.filter((d) => d.status === 'pending_review' && d.signedBy.as === 'guardian' && d.signedBy.openid === guardianOpenid);
}

/**
 * When a guardian's consent ends (revoked, refused in person, run out), an application that guardian
 * signed and the team has not yet reviewed is withdrawn: it rested on a consent that no longer holds.
 * The resident, and whoever may sign for them now, is told; the former guardian is not.
 */
export async function withdrawSignedBy(env: Env, g: Pick<GuardianshipDoc, 'residentId' | 'guardianOpenid' | 'guardianName'>): Promise<number> {
  const repo = new ContractRepository(env.db);
  const waiting = signedAndWaiting(await repo.forResident(g.residentId), g.guardianOpenid);
  let withdrawn = 0;
  for (const doc of waiting) {
    const now = env.now();
    try {
      await repo.end(doc._id, { at: now, by: 'system', byLabel: '系统', reason: REASON }, now);
    } catch {
      continue; // reviewed or withdrawn in the meantime
    }
    withdrawn += 1;
    const what = `家庭医生${PURPOSE_LABELS[doc.purpose]}`;
    await notify(
      env,
      aboutContract(
        doc,
        {
          kind: 'signer_withdrawn',
          title: `${what}申请已自动撤回`,
          body: `${doc.signedBy.name}为${doc.residentName}代签的${what}申请（${doc.team.name}）尚未审核，因其代管授权已结束，申请已自动撤回。如仍需签约，请本人或其他有签约权限的家人重新申请。`,
        },
        null,
      ),
    );
  }
  return withdrawn;
}

/**
 * The nightly check for consents that ran out (nobody acts when a consent expires): each waiting
 * application signed by family whose signer no longer holds the `sign` scope is withdrawn as above.
 */
export async function withdrawWhereConsentLapsed(env: Env, at: Date): Promise<number> {
  const waiting = await new ContractRepository(env.db).pendingSignedByFamily(500);
  const guardianships = new GuardianshipRepository(env.db);
  const residents = new ResidentRepository(env.db);
  const checked = new Set<string>();
  let withdrawn = 0;
  for (const doc of waiting) {
    const key = guardianshipId(doc.signedBy.openid, doc.residentId);
    if (checked.has(key)) continue;
    checked.add(key);
    const [g, resident] = await Promise.all([guardianships.find(key), residents.find(doc.residentId)]);
    if (g && resident && effectiveScopes(g, resident.birthDate, at).includes('sign')) continue;
    withdrawn += await withdrawSignedBy(env, { residentId: doc.residentId, guardianOpenid: doc.signedBy.openid, guardianName: doc.signedBy.name });
  }
  return withdrawn;
}
