import { ageOn } from './age';

/** The ages at which a profile asks about pregnancy (孕产妇健康管理 covers women of childbearing age). */
export const PREGNANCY_AGES = { min: 12, max: 55 } as const;

/**
 * Whether a profile should ask about pregnancy: women of childbearing age only, or anyone with a
 * pregnancy already on record (so it can still be seen and cleared). The age comes from the birth
 * date, or is given as such where only the resident may see the birth date.
 */
export function asksAboutPregnancy(
  person: { gender: 'male' | 'female' | ''; birthDate: string | null; age?: number; pregnancy?: { dueDate: string } | null },
  at: Date,
): boolean {
  if (person.pregnancy) return true;
  if (person.gender !== 'female') return false;
  const known = person.birthDate !== null && /^\d{4}-\d{2}-\d{2}$/.test(person.birthDate);
  if (!known && person.age === undefined) return true;
  const age = known ? ageOn(person.birthDate!, at) : person.age!;
  return age >= PREGNANCY_AGES.min && age <= PREGNANCY_AGES.max;
}
