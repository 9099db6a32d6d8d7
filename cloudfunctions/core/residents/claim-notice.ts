import type { Ctx } from '../context';
import { loadCurrentTeams } from '../policy/authorize';
import { notifyPeople } from '../notices/notify';
import { teamContact } from '../readings/team-contact';
import type { IdentityProof, ResidentDoc } from './resident-repository';

const HOW: Record<IdentityProof['method'], string> = { face: '人脸核身', in_person: '家庭医生团队当面核对身份证' };

/**
 * Tells the account that held a record before its verified owner claimed it (`bindIdentity`) that the
 * record has left it, calmly and with the team to call if this looks wrong. `earlier` is the record as
 * that account last had it, so the name is the one it entered itself; nothing about the new holder
 * (account, ID number, phone) is in the notice. Runs inside the claim's `once`.
 */
export async function tellEarlierHolder(ctx: Ctx, earlier: ResidentDoc, proof: IdentityProof): Promise<void> {
  const holder = earlier.ownerOpenid;
  if (!holder || holder === proof.openid) return;
  const team = await teamContact(ctx, await loadCurrentTeams(ctx, earlier));
  const contact = !team ? '所在社区的家庭医生团队' : team.phone ? `${team.name}（电话 ${team.phone}）` : team.name;
  await notifyPeople(ctx, {
    to: [holder],
    residentId: earlier._id,
    guardianshipId: null,
    notice: {
      kind: 'profile_claimed',
      title: `“${earlier.name}”的健康档案已由本人认领`,
      body:
        `这份档案登记的本人已通过${HOW[proof.method]}确认身份，档案已转到本人名下，您的微信账号不再能查看或办理。` +
        `档案里的内容都保留着，无需担心。如果这份档案其实是您本人的，或对此有疑问，请联系${contact}。`,
    },
    message: null,
  });
}
