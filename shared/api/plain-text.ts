import { z } from 'zod';

/**
 * Text a person types where emoji and control characters make no sense (names, addresses, reasons):
 * the rule that refuses them, and a length that counts characters as people see them, so a "😀"
 * (two UTF-16 units) is one character and cannot pass an "at least 2 characters" rule.
 */

// Control characters (tab, new line and the like, C0 and C1), and the invisible format characters
// used to hide text (zero-width, bidi overrides and isolates), and halves of a broken character; new
// lines are allowed only where `multiline`.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\p{Cs}]/u;
const NEWLINE = /[\n\r\t]/u;
// Pictographs and emoji, their modifiers and joiners, regional-indicator flags, variation selector 16.
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1f1e6}-\u{1f1ff}\u200d\ufe0f]/u;

export type PlainTextProblem = 'emoji' | 'control';

/** What is wrong with `value` as plain text, or null. */
export function plainTextProblem(value: string, multiline = false): PlainTextProblem | null {
  if (EMOJI.test(value)) return 'emoji';
  if (CONTROL.test(value) || (!multiline && NEWLINE.test(value))) return 'control';
  return null;
}

/** The message for a field called `label`. */
export function plainTextMessage(label: string, problem: PlainTextProblem): string {
  return problem === 'emoji' ? `${label}不能包含表情符号` : `${label}不能包含特殊控制字符`;
}

/** Characters as a person counts them (code points, so one emoji or rare character is one). */
export function charCount(value: string): number {
  return Array.from(value).length;
}

/** A zod check for a text field: refuses emoji and control characters, then counts characters. */
export function plainTextIssue(label: string, value: string, multiline = false): string | null {
  const problem = plainTextProblem(value, multiline);
  return problem ? plainTextMessage(label, problem) : null;
}

/**
 * A zod field of plain text called `label`, trimmed, of `min` to `max` characters as people count
 * them: the messages say which field and what to change (请填写…（至少2个字）, …不能超过100个字).
 */
export const ZPlainText = (label: string, min: number, max: number, multiline: boolean) =>
  z
    .string({ required_error: `请填写${label}`, invalid_type_error: `请填写${label}` })
    .trim()
    .superRefine((v, ctx) => {
      const issue = plainTextIssue(label, v, multiline);
      if (issue) ctx.addIssue({ code: z.ZodIssueCode.custom, message: issue });
      else if (charCount(v) < min) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `请填写${label}（至少${min}个字）` });
      else if (charCount(v) > max) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${label}不能超过${max}个字` });
    });
