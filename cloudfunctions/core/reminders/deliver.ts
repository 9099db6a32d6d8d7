import type { SystemCtx } from '../context';
import crypto from 'node:crypto';
import { isCounted, sendSpent, type Message } from '../wx/subscribe-message';
import { SubscriptionRepository } from '../wx/subscription-repository';
import { thing, wxTime } from '../wx/fields';
import { EventRepository, eventId, type Delivery, type EventDoc } from './event-repository';
import { PlanRepository, type PlanDoc } from './plan-repository';
import { recipientsOfMany } from '../notices/recipients';
import { remindersPage } from './reminder-page';
import { catchUp, MISSED_AFTER_MS, nextOccurrence, occurrencesBetween } from '../../../shared/reminder/schedule';
import { instruction } from '../../../shared/reminder/vocabulary';
import type { Recipient } from '../../../shared/policy/audience';

export interface TickCounts {
  /** Occurrences this run claimed. */
  claimed: number;
  sent: number;
  noQuota: number;
  failed: number;
  /** Reached more than 2 hours late (after an outage): recorded, not sent. */
  missed: number;
}

export const emptyCounts = (): TickCounts => ({ claimed: 0, sent: 0, noQuota: 0, failed: 0, missed: 0 });

export function addCounts(a: TickCounts, b: TickCounts): TickCounts {
  return { claimed: a.claimed + b.claimed, sent: a.sent + b.sent, noQuota: a.noQuota + b.noQuota, failed: a.failed + b.failed, missed: a.missed + b.missed };
}

/** How many messages one run has in flight at once. */
const PARALLEL = 16;

async function eachLimited<T>(items: readonly T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

function statusOf(deliveries: Delivery[]): EventDoc['status'] {
  if (deliveries.length === 0) return 'no_recipient';
  if (deliveries.some((d) => d.result === 'sent')) return 'sent';
  return deliveries.every((d) => d.result === 'no_quota') ? 'no_quota' : 'failed';
}

function occurrence(plan: PlanDoc, dueAt: Date, late: boolean, now: Date): EventDoc {
  return {
    _id: eventId(plan._id, dueAt),
    planId: plan._id,
    residentId: plan.residentId,
    dueAt,
    drug: plan.drug,
    instruction: instruction(plan.dose, plan.unit, plan.meal),
    status: late ? 'missed' : 'pending',
    deliveries: [],
    confirmed: null,
    confirmedAt: null,
    confirmedBy: null,
    missedCheckAt: late ? null : new Date(dueAt.getTime() + MISSED_AFTER_MS),
    missedAlerts: [],
    createdAt: now,
    updatedAt: now,
  };
}

function reminderMessage(plan: PlanDoc, event: EventDoc, person: Recipient): Message {
  return {
    template: 'medicationReminder',
    page: remindersPage(plan.residentId),
    data: {
      thing1: thing(plan.drug),
      thing2: thing(event.instruction),
      time3: wxTime(event.dueAt),
      thing4: thing(plan.notes || (person.role === 'resident' ? '请按时服药，服后点此确认' : '提醒家人按时服药')),
    },
  };
}

/** Claims the due occurrence of each plan, in one conditional update per (due time, next time) pair. */
async function claimAll(ctx: SystemCtx, due: readonly PlanDoc[], firedAt: Date, token: string): Promise<Array<{ plan: PlanDoc; from: Date }>> {
  const groups = new Map<string, { from: Date; next: Date | null; plans: PlanDoc[] }>();
  for (const plan of due) {
    const from = new Date(plan.nextDueAt!);
    const next = nextOccurrence(plan, firedAt, false);
    const key = `${from.getTime()}|${next?.getTime() ?? 'end'}`;
    const group = groups.get(key) ?? { from, next, plans: [] };
    group.plans.push(plan);
    groups.set(key, group);
  }
  const repo = new PlanRepository(ctx.db);
  const out: Array<{ plan: PlanDoc; from: Date }> = [];
  for (const g of groups.values()) {
    const won = await repo.claimMany(g.plans.map((p) => p._id), g.from, g.next, token, ctx.now());
    for (const plan of g.plans) if (won.has(plan._id)) out.push({ plan, from: g.from });
  }
  return out;
}

interface Outgoing {
  event: EventDoc;
  plan: PlanDoc;
  person: Recipient;
  /** This message's place among the event's deliveries (recipients in their order). */
  index: number;
}

/**
 * Sends every outgoing message: the acceptances are spent for the whole batch at once, then each
 * message goes to WeChat (one API call each, a bounded number in flight).
 */
async function sendAll(ctx: SystemCtx, outgoing: readonly Outgoing[], token: string): Promise<void> {
  const counted = isCounted('medicationReminder');
  const spent = counted
    ? await new SubscriptionRepository(ctx.db).takeMany(outgoing.map((o) => o.person.openid), 'medicationReminder', token, ctx.now())
    : null;
  const left = spent ? new Map(spent) : null;
  const paid = outgoing.filter((o) => {
    if (!left) return true;
    const n = left.get(o.person.openid) ?? 0;
    if (n <= 0) {
      o.event.deliveries[o.index] = { openid: o.person.openid, role: o.person.role, result: 'no_quota', errcode: null };
      return false;
    }
    left.set(o.person.openid, n - 1);
    return true;
  });
  await eachLimited(paid, async (o) => {
    const { status: result, errcode } = await sendSpent(ctx, o.person.openid, reminderMessage(o.plan, o.event, o.person));
    o.event.deliveries[o.index] = { openid: o.person.openid, role: o.person.role, result, errcode };
  });
}

/**
 * Works through `plans` whose next occurrence is due by `firedAt`. Each plan is first moved past
 * `firedAt` with a compare-and-set on its `nextDueAt` (grouped, one conditional update for all plans
 * due at the same time with the same next time), so of two runs that reach the same plan exactly one
 * wins its occurrences; the winner sends those within 2 hours to the resident and the guardians with
 * the reminders scope (each spending one of their acceptances, spent for the whole batch at once) and
 * records older ones as missed. An occurrence already recorded (confirmed before its time) is not
 * sent. Occurrences are recorded together at the end, under an id fixed by plan and time, so none is
 * ever recorded twice. The round trips grow with the number of due plans' groups and pages, plus one
 * WeChat call per message.
 */
export async function runDuePlans(ctx: SystemCtx, plans: readonly PlanDoc[], firedAt: Date): Promise<TickCounts> {
  const counts = emptyCounts();
  const due = plans.filter((p) => p.nextDueAt !== null && new Date(p.nextDueAt).getTime() <= firedAt.getTime());
  if (due.length === 0) return counts;
  const events = new EventRepository(ctx.db);
  const token = crypto.randomBytes(8).toString('hex');
  const [people, recorded, claimed] = await Promise.all([
    recipientsOfMany(ctx.db, due.map((p) => p.residentId), 'reminders', firedAt),
    events.existing(due.map((p) => eventId(p._id, new Date(p.nextDueAt!)))),
    claimAll(ctx, due, firedAt, token),
  ]);
  const fresh: EventDoc[] = [];
  const outgoing: Outgoing[] = [];
  for (const { plan, from } of claimed) {
    const occurrences = occurrencesBetween(plan, from, firedAt);
    counts.claimed += occurrences.length;
    // After an outage a plan may have several occurrences; only the first was looked up in bulk.
    const already = occurrences.length > 1 ? await events.existing(occurrences.map((o) => eventId(plan._id, o))) : recorded;
    for (const dueAt of occurrences) {
      const event = occurrence(plan, dueAt, catchUp(dueAt, firedAt) === 'missed', ctx.now());
      if (already.has(event._id)) {
        await events.markNotNeeded(event._id, ctx.now());
        continue;
      }
      if (event.status !== 'missed') {
        for (const person of people.get(plan.residentId)?.people ?? []) {
          event.deliveries.push({ openid: person.openid, role: person.role, result: 'failed', errcode: null });
          outgoing.push({ event, plan, person, index: event.deliveries.length - 1 });
        }
      }
      fresh.push(event);
    }
  }
  await sendAll(ctx, outgoing, token);
  for (const event of fresh) {
    if (event.status === 'missed') {
      counts.missed += 1;
      continue;
    }
    event.status = statusOf(event.deliveries);
    if (event.status === 'sent') counts.sent += 1;
    else if (event.status === 'no_quota') counts.noQuota += 1;
    else if (event.status === 'failed') counts.failed += 1;
  }
  for (let i = 0; i < fresh.length; i += 500) await events.addMany(fresh.slice(i, i + 500));
  return counts;
}
