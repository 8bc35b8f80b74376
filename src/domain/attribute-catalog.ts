/**
 * The global attribute-key catalog, written to the database at every start (an upsert by key, so
 * restarts never duplicate a row and edits here reach existing databases).
 */
export const ATTRIBUTE_CATALOG = [
  {
    key: 'commerce_info',
    label: 'Commerce Info',
    description: "The commerce's name, tax id and primary address: `{ name, taxId, address }`.",
  },
  {
    key: 'promotions',
    label: 'Promotions',
    description: "Promotions that apply to the commerce, from its metadata's `promotions` list.",
  },
  {
    key: 'target_contact',
    label: 'Target Contact',
    description: "The resolved target user's contact for the activity's channel (phone, WhatsApp number or e-mail).",
  },
] as const;

export type AttributeKeyName = (typeof ATTRIBUTE_CATALOG)[number]['key'];
