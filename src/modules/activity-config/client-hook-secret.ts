import { openSecrets, sealSecrets } from '../../crypto/envelope.ts';

/** The secret is sealed like dispatch credentials (crypto/envelope.ts), bound to its tenant. */
function binding(tenantId: string) {
  return `client_hook:${tenantId}`;
}

export function sealHookSecret(key: Buffer, tenantId: string, secret: string): string {
  return sealSecrets(key, { secret }, binding(tenantId));
}

export function openHookSecret(key: Buffer, tenantId: string, envelope: string): string {
  return openSecrets(key, envelope, binding(tenantId)).secret ?? '';
}
