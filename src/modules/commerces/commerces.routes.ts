import { secured } from '../../auth/authorize.ts';
import { jsonBody, jsonResponse, TIMESTAMP_EXAMPLE } from '../../http/openapi.ts';
import {
  COMMERCE_ID_EXAMPLE,
  CommerceDetailSchema,
  CommerceIdParamsSchema,
  CommerceListSchema,
  CommerceSchema,
  ListCommercesQuerySchema,
  SyncCommercesBodySchema,
  SyncCommercesResultSchema,
  UpdateCommerceBodySchema,
} from './commerces.schemas.ts';

const TAGS = ['Commerces'];
const COMMERCE_404 = 'No commerce has this id in this tenant (`COMMERCE_NOT_FOUND`)';
const TAX_ID_409 = 'Another commerce of the tenant has this `tax_id` (`TAX_ID_CONFLICT`)';

const example = {
  id: COMMERCE_ID_EXAMPLE,
  name: 'Almacén Don Pepe',
  externalId: 'COM-001',
  globalExternalId: 'GLOBAL-001',
  taxId: '76.123.456-7',
  isActive: true,
  isPlaceholder: false,
  metadata: { segment: 'gold' },
  createdAt: TIMESTAMP_EXAMPLE,
  updatedAt: TIMESTAMP_EXAMPLE,
};

export const syncCommerces = secured({
  method: 'post',
  path: '/commerces/sync',
  operationId: 'syncCommerces',
  tags: TAGS,
  summary: 'Create or update commerces in bulk',
  permission: 'SYNC_COMMERCES',
  description: `Creates or updates up to 500 commerces, matched by \`external_id\`, in one transaction: if any item fails,
nothing is written. Fields not given keep their stored values; \`metadata\` given replaces the stored one.
\`addresses\` given replaces the commerce's addresses; \`users\` are matched by their \`external_id\` (users not
listed are kept), their \`roles\` and \`contacts\` replaced when given. A synced placeholder stops being one.
A duplicate \`external_id\` or \`tax_id\` inside the request is a 400.`,
  request: {
    body: jsonBody(SyncCommercesBodySchema, 'The commerces', {
      items: [
        {
          external_id: 'COM-001',
          name: 'Almacén Don Pepe',
          tax_id: '76.123.456-7',
          metadata: { segment: 'gold' },
          addresses: [{ street: 'Av. Providencia', street_number: '1234', city: 'Santiago', is_primary: true }],
          users: [
            {
              external_id: 'USR-001',
              name: 'José Pérez',
              roles: ['OWNER'],
              contacts: [{ contact_type: 'WHATSAPP', value: '+56912345678', is_primary: true }],
            },
          ],
        },
      ],
    }),
  },
  responses: {
    200: jsonResponse(SyncCommercesResultSchema, 'What the sync did', {
      created: 1,
      updated: 0,
      total: 1,
      items: [{ id: COMMERCE_ID_EXAMPLE, externalId: 'COM-001', result: 'CREATED' }],
    }),
  },
  problems: {
    409: TAX_ID_409,
  },
});

export const listCommerces = secured({
  method: 'get',
  path: '/commerces',
  operationId: 'listCommerces',
  tags: TAGS,
  summary: 'List commerces',
  permission: 'MANAGE_COMMERCES',
  description: 'Lists the commerces of the tenant by name, then id.',
  request: { query: ListCommercesQuerySchema },
  responses: {
    200: jsonResponse(CommerceListSchema, 'A page of commerces', {
      data: [example],
      meta: { page: 1, limit: 25, total: 1, totalPages: 1 },
    }),
  },
});

export const getCommerce = secured({
  method: 'get',
  path: '/commerces/{id}',
  operationId: 'getCommerce',
  conditional: true,
  tags: TAGS,
  summary: 'Get a commerce',
  permission: 'MANAGE_COMMERCES',
  description: 'The commerce with its addresses (the primary first) and its users with their contacts.',
  request: { params: CommerceIdParamsSchema },
  responses: {
    200: jsonResponse(CommerceDetailSchema, 'The commerce', {
      ...example,
      addresses: [
        {
          id: '0193a0b2-6c1e-7f00-8000-2a2b3c4d5e6f',
          addressAlias: 'Main store',
          street: 'Av. Providencia',
          streetNumber: '1234',
          unit: null,
          city: 'Santiago',
          commune: 'Providencia',
          region: 'Metropolitana',
          countryCode: 'CL',
          formattedAddress: null,
          latitude: -33.4263,
          longitude: -70.6109,
          isPrimary: true,
          isActive: true,
        },
      ],
      users: [
        {
          id: '0193a0b2-6c1e-7f00-8000-4a2b3c4d5e6f',
          externalId: 'USR-001',
          firstName: 'José',
          lastName: 'Pérez',
          isActive: true,
          roles: [{ role: 'OWNER' }],
          contacts: [
            {
              id: '0193a0b2-6c1e-7f00-8000-3a2b3c4d5e6f',
              type: 'WHATSAPP',
              value: '+56912345678',
              isPrimary: true,
              isActive: true,
            },
          ],
        },
      ],
    }),
  },
  problems: {
    404: COMMERCE_404,
  },
});

export const updateCommerce = secured({
  method: 'patch',
  path: '/commerces/{id}',
  operationId: 'updateCommerce',
  tags: TAGS,
  summary: 'Update a commerce',
  permission: 'MANAGE_COMMERCES',
  description:
    'Changes the fields given (at least one). `metadata` is merged shallowly: keys given are set, keys not given are kept.',
  request: {
    params: CommerceIdParamsSchema,
    body: jsonBody(UpdateCommerceBodySchema, 'The fields to change', {
      name: 'Almacén Don Pepe Ltda.',
      metadata: { segment: 'platinum' },
    }),
  },
  responses: {
    200: jsonResponse(CommerceSchema, 'The updated commerce', example),
  },
  problems: {
    404: COMMERCE_404,
    409: TAX_ID_409,
  },
});

export type SyncCommercesRoute = typeof syncCommerces;
export type ListCommercesRoute = typeof listCommerces;
export type GetCommerceRoute = typeof getCommerce;
export type UpdateCommerceRoute = typeof updateCommerce;
