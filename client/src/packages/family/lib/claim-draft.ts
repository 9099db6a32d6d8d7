/**
 * The name and ID number a person typed when registration found the number already registered, handed
 * to the identity page so she need not type them again. Kept in memory only, never in the page
 * address (which WeChat may log) or in storage; taken once.
 */
let draft: { name: string; idNumber: string } | null = null;

export function keepClaimDraft(name: string, idNumber: string): void {
  draft = { name, idNumber };
}

export function takeClaimDraft(): { name: string; idNumber: string } | null {
  const taken = draft;
  draft = null;
  return taken;
}
