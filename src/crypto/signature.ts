import { createHmac } from 'node:crypto';

/**
 * The signature a client hook verifies: HMAC-SHA256 over `<timestamp>.<body>` with the shared secret, sent
 * as `x-reten-signature: sha256=<hex>` beside `x-reten-timestamp` (Unix seconds), so a hook can reject
 * forged and replayed requests.
 */
export function signHookRequest(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
