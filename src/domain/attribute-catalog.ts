/**
 * The global attribute-key catalog, written to the database at every start (an upsert by key, so
 * restarts never duplicate a row and edits here reach existing databases). Ids are fixed, so a key
 * has the same id in every environment.
 */
export const ATTRIBUTE_CATALOG = [
  {
    id: 'ab0e8400-e29b-41d4-a716-446655440000',
    key: 'commerce_info',
    label: 'Commerce Info',
    description: "The commerce's name, tax id and primary address: `{ name, taxId, address }`.",
  },
  {
    id: 'ab0e8400-e29b-41d4-a716-446655440001',
    key: 'promotions',
    label: 'Promotions',
    description: "Promotions that apply to the commerce, from its metadata's `promotions` list.",
  },
  {
    id: 'ab0e8400-e29b-41d4-a716-446655440002',
    key: 'target_contact',
    label: 'Target Contact',
    description: "The resolved target user's contact for the activity's channel (phone, WhatsApp number or e-mail).",
  },
] as const;

export type AttributeKeyName = (typeof ATTRIBUTE_CATALOG)[number]['key'];
