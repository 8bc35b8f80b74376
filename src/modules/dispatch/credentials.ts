import type { Secrets } from '../../crypto/envelope.ts';
import type { FieldError } from '../../domain/errors.ts';
import type { CredentialField } from './provider-catalog.ts';

/** A dispatch config's credentials: sealed at rest (crypto/envelope.ts), bound to their config. */
export type Credentials = Secrets;

/** The associated data of a config's envelope. */
export function credentialsBinding(tenantId: string, configId: string): string {
  return `dispatch_config:${tenantId}:${configId}`;
}

/**
 * Checks credentials against a channel definition: every required key present and non-empty, no key
 * the definition does not declare. Values are strings by the body schema. Messages never echo values.
 */
export function credentialErrors(schema: readonly CredentialField[], credentials: Credentials): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of schema) {
    const value = credentials[field.key];
    if (field.required && (value === undefined || value.trim() === '')) {
      errors.push({ path: `body.credentials.${field.key}`, message: `Required by this provider (${field.label})` });
    }
  }
  for (const key of Object.keys(credentials)) {
    if (!schema.some((f) => f.key === key)) {
      const known = schema.map((f) => f.key).join(', ') || 'none';
      errors.push({
        path: `body.credentials.${key}`,
        message: `Not a credential of this provider (expected: ${known})`,
      });
    }
  }
  return errors;
}

/**
 * Replaces every credential value found in `text` (e.g. a provider's error body that echoes a header)
 * so it can be stored in a status event or logged.
 */
export function scrubCredentials(text: string, credentials: Credentials): string {
  let out = text;
  for (const value of Object.values(credentials)) {
    if (value.length >= 4) out = out.split(value).join('[REDACTED]');
  }
  return out;
}
