import type { Stay } from '../../../shared/api/sojourn';
import { daysBetween } from '../../../shared/resident/age';
import { STAY_STATUS_LABELS, stayDays, stayPhase } from '../../../shared/sojourn/stay-rules';
import type { StayDoc } from './stay-docs';
import { isOpen } from './stay-repository';

/** A registration as its resident, family with `sign`, or the sojourn team sees it. */
export function toStay(doc: StayDoc, at: Date, viewer: 'resident' | 'staff'): Stay {
  const { arrival, departure } = stayDays(doc.period);
  const phase = doc.status === 'active' ? stayPhase(doc.period, at) : null;
  const over = doc.status === 'expired' || doc.status === 'ended_early' || phase === 'over';
  const resident = viewer === 'resident';
  return {
    id: doc._id,
    residentId: doc.residentId,
    residentName: doc.residentName,
    team: { id: doc.teamId, ...doc.team },
    status: doc.status,
    statusLabel: phase === 'upcoming' ? `已登记，${arrival}起生效` : phase === 'during' ? '旅居中' : STAY_STATUS_LABELS[doc.status],
    phase,
    arrival,
    departure,
    days: daysBetween(arrival, departure) + 1,
    address: doc.address,
    emergencyContact: doc.emergencyContact,
    homeInstitution: doc.homeInstitution,
    homeTeam: doc.homeTeam,
    conditions: doc.conditions,
    medicines: doc.medicines,
    shareScopes: doc.shareScopes,
    reviewReason: doc.review?.reason ?? null,
    closingNote: doc.closingNote ? { text: doc.closingNote.text, by: doc.closingNote.by, at: new Date(doc.closingNote.at).toISOString() } : null,
    can: { extend: resident && isOpen(doc, at), end: resident && isOpen(doc, at), summary: over && doc.review?.decision === 'approve' },
  };
}
