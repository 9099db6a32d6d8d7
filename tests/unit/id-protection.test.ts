import crypto from 'node:crypto';
import { idLookupHmac, protectIdNumber, revealIdNumber } from '../../cloudfunctions/core/residents/id-protection';
import { withCheckChar } from '../../shared/resident/id-number';

const ID = withCheckChar('53011419460308002');
const saved = { ...process.env };
afterEach(() => {
  for (const k of ['YL_DATA_KEY', 'YL_LOOKUP_KEY', 'NODE_ENV', 'YL_ENV']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe('keeping ID numbers', () => {
  it('encrypts with AES-256-GCM bound to the profile, finds by HMAC, and shows only the mask', () => {
    const kept = protectIdNumber('rs_1', ID);
    expect(kept.idMasked).toBe(`5301*************${ID.slice(-1)}`);
    expect(kept.idCipher).not.toContain(ID);
    expect(kept.idHmac).toBe(idLookupHmac(ID.toLowerCase()));
    expect(revealIdNumber('rs_1', kept.idCipher)).toBe(ID);
    expect(protectIdNumber('rs_1', ID).idCipher).not.toBe(kept.idCipher);
    expect(() => revealIdNumber('rs_2', kept.idCipher)).toThrow();
    const [v, iv, tag, body] = kept.idCipher.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => revealIdNumber('rs_1', [v, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
  });

  it('uses the keys from the environment when set', () => {
    const local = protectIdNumber('rs_1', ID);
    process.env.YL_DATA_KEY = crypto.randomBytes(32).toString('base64');
    process.env.YL_LOOKUP_KEY = crypto.randomBytes(32).toString('base64');
    const keyed = protectIdNumber('rs_1', ID);
    expect(keyed.idHmac).not.toBe(local.idHmac);
    expect(revealIdNumber('rs_1', keyed.idCipher)).toBe(ID);
    expect(() => revealIdNumber('rs_1', local.idCipher)).toThrow();
  });

  it('refuses to run in production without keys, and refuses a key of the wrong length', () => {
    delete process.env.YL_DATA_KEY;
    delete process.env.YL_LOOKUP_KEY;
    process.env.NODE_ENV = 'production';
    expect(() => protectIdNumber('rs_1', ID)).toThrow('is not set');
    delete process.env.NODE_ENV;
    process.env.YL_DATA_KEY = Buffer.alloc(16).toString('base64');
    expect(() => protectIdNumber('rs_1', ID)).toThrow('32 bytes');
  });
});
