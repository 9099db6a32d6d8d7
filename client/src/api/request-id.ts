/**
 * A fresh idempotency key (32 hex characters) for a write that a retry could repeat: the backend
 * answers the same caller and requestId with the first result.
 */
export function newRequestId(): string {
  const bytes = new Uint8Array(16);
  const cryptoApi = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (cryptoApi?.getRandomValues) {
    cryptoApi.getRandomValues(bytes);
  } else {
    // The mini-program runtime has no synchronous crypto; uniqueness, not secrecy, is what matters here.
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  }
  let hex = '';
  for (let i = 0; i < bytes.length; i += 1) hex += bytes[i].toString(16).padStart(2, '0');
  return hex;
}
