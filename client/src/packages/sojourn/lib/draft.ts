import type { z } from 'zod';
import { ZRegisterInput } from '@shared/api/sojourn';
import { checkStayDates, type ShareScope } from '@shared/sojourn/stay-rules';
import type { FieldErrors } from '../../../lib/use-submit';
import { fieldErrorsOf } from '../../../lib/use-submit';

/** The registration form as typed. */
export interface Draft {
  arrival: string;
  departure: string;
  address: string;
  contactName: string;
  contactPhone: string;
  homeName: string;
  homePhone: string;
  conditions: string;
  medicines: string;
  shareScopes: ShareScope[];
}

interface Context {
  residentId: string;
  teamId: string;
  /** The resident has a home team in the app: no home institution is asked. */
  hasHome: boolean;
}

export function toInput(d: Draft, c: Context): z.input<typeof ZRegisterInput> {
  return {
    residentId: c.residentId,
    teamId: c.teamId,
    arrival: d.arrival,
    departure: d.departure,
    address: d.address,
    emergencyContact: { name: d.contactName, phone: d.contactPhone },
    homeInstitution: c.hasHome ? null : { name: d.homeName, phone: d.homePhone },
    conditions: d.conditions,
    medicines: d.medicines,
    shareScopes: d.shareScopes,
  };
}

/** The contract's field rules, then the date rules, in the order the fields appear. */
export function checkDraft(d: Draft, c: Context & { today: string }): FieldErrors {
  const parsed = ZRegisterInput.safeParse(toInput(d, c));
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (!errors.arrival && !errors.departure) {
    const dates = checkStayDates(d.arrival, d.departure, c.today);
    if (dates) errors[dates.field] = dates.message;
  }
  return errors;
}
