import type { Ctx } from '../context';
import type { GuardianshipDoc } from './guardianship-repository';
import type { ResidentDoc } from '../residents/resident-repository';
import { ContractRepository } from '../contracts/contract-repository';
import { GridRepository } from '../grids/grid-repository';
import { TeamRepository } from '../grids/team-repository';
import { signingGuide, type Station } from '../../../shared/contract/signing-guide';

export interface VerifyPlace {
  guardianshipId: string;
  teamName: string;
  teamPhone: string;
  station: Station | null;
}

/**
 * Where a guardian takes a relative to have consent checked in person: the service station of the
 * team that will check it (the team of the relative's contract, or of their grid). Only for profiles
 * the guardian created: they chose that grid themselves, so naming its station tells them nothing new
 * about where someone else lives.
 */
export async function verifyPlaces(ctx: Ctx, waiting: ReadonlyArray<{ g: GuardianshipDoc; resident: ResidentDoc }>): Promise<VerifyPlace[]> {
  const mine = waiting.filter(({ g, resident }) => g.consentRoute === 'in_person' && g.status === 'pending' && resident.createdBy === ctx.openid);
  if (mine.length === 0) return [];
  const contracts = new ContractRepository(ctx.db);
  const grids = new GridRepository(ctx.db);
  const teamIds = await Promise.all(
    mine.map(async ({ resident }) => (await contracts.activeFor(resident._id))[0]?.teamId ?? (resident.gridId ? (await grids.find(resident.gridId))?.teamId : undefined) ?? null),
  );
  const teams = await new TeamRepository(ctx.db).findMany(teamIds.filter((t): t is string => t !== null));
  return mine.flatMap(({ g }, i) => {
    const team = teamIds[i] ? teams.get(teamIds[i]!) : undefined;
    return team ? [{ guardianshipId: g._id, teamName: team.name, teamPhone: team.phone, station: signingGuide(team).station }] : [];
  });
}
