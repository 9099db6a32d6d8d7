import type { Database } from '../cloudbase';
import { SubscriptionRepository } from '../wx/subscription-repository';
import { isLongTermTemplate, SUBSCRIBE_TEMPLATES } from '../../../shared/config/subscribe-templates';
import { REMINDER_TEMPLATES, type Quota } from '../../../shared/api/reminder';

/** At or below this many, the page asks to top up. */
export const LOW_QUOTA = 3;

/** The caller's remaining reminder messages, per template (null: a long-term template, not counted). */
export async function quotaOf(db: Database, openid: string): Promise<Quota> {
  const left = await new SubscriptionRepository(db).remaining(openid);
  return {
    templates: REMINDER_TEMPLATES.map((template) => {
      const remaining = isLongTermTemplate(template) ? null : (left[template] ?? 0);
      return { template, templateId: SUBSCRIBE_TEMPLATES[template], remaining, low: remaining !== null && remaining <= LOW_QUOTA };
    }),
  };
}
