import type { Visit } from '../../../shared/api/visit';
import { DELIVERY_CHANNEL_LABELS, SERVICE_ITEMS } from '../../../shared/appointment/services';
import { dayOf, dayText } from '../../../shared/appointment/local-time';
import type { VisitDoc } from './visit-repository';

/** A record as the resident, family and team see it; `mayRate` says whether the caller rates visits. */
export function toVisit(doc: VisitDoc, mayRate: boolean): Visit {
  const at = new Date(doc.at);
  return {
    id: doc._id,
    residentId: doc.residentId,
    residentName: doc.residentName,
    appointmentId: doc.appointmentId,
    channel: doc.channel,
    channelLabel: DELIVERY_CHANNEL_LABELS[doc.channel],
    services: doc.services.map((code) => ({ code, label: SERVICE_ITEMS[code].label })),
    note: doc.note,
    nextFollowUp: doc.nextFollowUp,
    at: at.toISOString(),
    dayText: dayText(dayOf(at)),
    recordedBy: doc.recordedBy.name,
    rating: doc.rating ? { stars: doc.rating.stars, tags: doc.rating.tags, comment: doc.rating.comment } : null,
    canRate: mayRate && doc.appointmentId !== null && doc.rating === null,
  };
}
