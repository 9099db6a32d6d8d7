import crypto from 'node:crypto';
import { maskIdNumber, normalizeIdNumber } from '../../../shared/resident/id-number';

/**
 * How an ID number is kept: encrypted with AES-256-GCM under `YL_DATA_KEY` (bound to the profile's
 * `_id`, so a ciphertext cannot be moved to another profile), an HMAC-SHA256 under `YL_LOOKUP_KEY` to
 * find a profile by number (unique, so one number is one profile), and the masked form for display.
 * Both keys are 32 bytes, base64. Outside production, a missing key falls back to a fixed local key so
 * the emulator runs without setup; in production a missing key is an error.
 */
export interface ProtectedIdNumber {
  idCipher: string;
  idHmac: string;
  idMasked: string;
}

const LOCAL_KEYS = {
  YL_DATA_KEY: crypto.createHash('sha256').update('yunling-local-emulator-only:data').digest(),
  YL_LOOKUP_KEY: crypto.createHash('sha256').update('yunling-local-emulator-only:lookup').digest(),
};
const VERSION = 'v1';

export function isProduction(): boolean {
  return process.env.NODE_ENV === 'production' || process.env.YL_ENV === 'production' || Boolean(process.env.TENCENTCLOUD_RUNENV);
}

function key(name: keyof typeof LOCAL_KEYS): Buffer {
  const value = process.env[name];
  if (!value) {
    if (isProduction()) throw new Error(`${name} is not set`);
    return LOCAL_KEYS[name];
  }
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== 32) throw new Error(`${name} must be 32 bytes, base64`);
  return bytes;
}

const aad = (residentId: string) => Buffer.from(`residents/${residentId}/idNumber`);

/** The lookup value of an ID number (the same number always gives the same value). */
export function idLookupHmac(idNumber: string): string {
  return crypto.createHmac('sha256', key('YL_LOOKUP_KEY')).update(normalizeIdNumber(idNumber)).digest('hex');
}

/**
 * A keyed digest of `text` for `purpose` (domain-separated from the ID lookup), for fingerprints that
 * may contain an ID number and must not be reversible by someone who reads the database.
 */
export function keyedDigest(purpose: string, text: string): string {
  return crypto.createHmac('sha256', key('YL_LOOKUP_KEY')).update(`${purpose}\n${text}`).digest('hex');
}

export function protectIdNumber(residentId: string, idNumber: string): ProtectedIdNumber {
  const id = normalizeIdNumber(idNumber);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key('YL_DATA_KEY'), iv);
  cipher.setAAD(aad(residentId));
  const body = Buffer.concat([cipher.update(id, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  const idCipher = [VERSION, iv.toString('base64url'), tag.toString('base64url'), body.toString('base64url')].join('.');
  return { idCipher, idHmac: idLookupHmac(id), idMasked: maskIdNumber(id) };
}

/**
 * The full number, for the rare integration that needs it (never for a reply). Throws when the
 * ciphertext was altered or belongs to another profile.
 */
export function revealIdNumber(residentId: string, idCipher: string): string {
  const [version, iv, tag, body] = idCipher.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('unknown ID number cipher format');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key('YL_DATA_KEY'), Buffer.from(iv, 'base64url'));
  decipher.setAAD(aad(residentId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
