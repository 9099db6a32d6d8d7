import type { Reading } from '../../../shared/api/health';
import { momentText } from '../../../shared/appointment/local-time';
import { assess, READING_KIND_LABELS, READING_LEVEL_LABELS, RECORDER_LABELS, valueText } from '../../../shared/health/readings';
import { plotted } from '../../../shared/health/trend';
import type { ReadingDoc } from './reading-repository';

/**
 * A reading as the resident, her family and her team see it. Who recorded it is named by role
 * (本人, 家属代记) or, for staff, by name; no openid leaves the function.
 */
export function toReading(doc: ReadingDoc, age: number): Reading {
  const a = assess(doc.values, age);
  const p = plotted(doc.values);
  const measuredAt = new Date(doc.measuredAt);
  return {
    id: doc._id,
    kind: doc.values.kind,
    kindLabel: READING_KIND_LABELS[doc.values.kind],
    valueText: valueText(doc.values),
    a: p.a,
    b: p.b,
    timing: doc.values.kind === 'glucose' ? doc.values.timing : null,
    level: doc.level,
    levelLabel: READING_LEVEL_LABELS[doc.level],
    urgent: doc.urgent,
    target: a.target,
    advice: a.advice,
    measuredAt: measuredAt.toISOString(),
    timeText: momentText(measuredAt),
    recordedBy: doc.recordedBy.as === 'staff' ? `${doc.recordedBy.name}（医生测量）` : RECORDER_LABELS[doc.recordedBy.as],
    note: doc.note,
    followedUp: doc.followUp ? { at: new Date(doc.followUp.at).toISOString(), by: doc.followUp.byName } : null,
  };
}
