import { CHANNELS, type Channel } from '../../domain/activity-enums.ts';

/** REST: we call the tenant's endpoint. INTERNAL: handled in-process (MOCK), nothing leaves the server. */
export const PROTOCOL_TYPES = ['REST', 'INTERNAL'] as const;
export type ProtocolType = (typeof PROTOCOL_TYPES)[number];

export const CREDENTIAL_FIELD_TYPES = ['password', 'text'] as const;
export const SETTING_FIELD_TYPES = ['string', 'number', 'boolean'] as const;

/** One credential a config must (or may) carry, and how it travels to the provider. */
export interface CredentialField {
  key: string;
  label: string;
  type: (typeof CREDENTIAL_FIELD_TYPES)[number];
  required: boolean;
  /** Sent as this HTTP request header; null when the provider does not send it as a header. */
  header: string | null;
}

export interface SettingField {
  key: string;
  label: string;
  type: (typeof SETTING_FIELD_TYPES)[number];
  required: boolean;
}

export interface CatalogProvider {
  /** Fixed, so a provider has the same id in every database (clients and examples may rely on it). */
  id: string;
  code: string;
  name: string;
  protocolType: ProtocolType;
  /** REST providers need the tenant's `base_url`. */
  needsBaseUrl: boolean;
  channels: readonly Channel[];
  credentialSchema: CredentialField[];
  settingsSchema: SettingField[];
}

/**
 * The global provider catalog, written to the database at every start (upsert by code), so the API
 * lists what the code can actually send to. Adding a provider = a row here plus an adapter in providers.ts.
 */
export const PROVIDER_CATALOG: readonly CatalogProvider[] = [
  {
    id: '0195b4a0-1000-7000-8000-000000000001',
    code: 'MOCK',
    name: 'Mock provider',
    protocolType: 'INTERNAL',
    needsBaseUrl: false,
    channels: CHANNELS,
    credentialSchema: [],
    settingsSchema: [],
  },
  {
    id: '0195b4a0-1000-7000-8000-000000000002',
    code: 'WEBHOOK',
    name: 'Generic REST webhook',
    protocolType: 'REST',
    needsBaseUrl: true,
    channels: CHANNELS,
    credentialSchema: [{ key: 'apiKey', label: 'API key', type: 'password', required: true, header: 'x-api-key' }],
    settingsSchema: [],
  },
];
