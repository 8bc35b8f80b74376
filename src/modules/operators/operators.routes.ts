import { secured } from '../../auth/authorize.ts';
import { jsonBody, jsonResponse, TIMESTAMP_EXAMPLE } from '../../http/openapi.ts';
import {
  CreateOperatorBodySchema,
  ListOperatorsQuerySchema,
  OPERATOR_ID_EXAMPLE,
  OperatorIdParamsSchema,
  OperatorListSchema,
  OperatorSchema,
  SyncOperatorsBodySchema,
  SyncOperatorsResultSchema,
  UpdateOperatorBodySchema,
} from './operators.schemas.ts';

const TAGS = ['Operators'];
const OPERATOR_404 = 'No operator has this id in this tenant (`OPERATOR_NOT_FOUND`)';
const OPERATOR_409 =
  'Another operator of the tenant has this `email`, or this `type` and `external_id` (`OPERATOR_CONFLICT`)';

const example = {
  id: OPERATOR_ID_EXAMPLE,
  name: 'Ana María Pérez',
  firstName: 'Ana',
  lastName: 'María Pérez',
  email: 'ana@example.com',
  phone: '+56912345678',
  type: 'SALESMAN' as const,
  externalId: 'SLS-001',
  isActive: true,
  isPlaceholder: false,
  metadata: { team: 'north' },
  createdAt: TIMESTAMP_EXAMPLE,
  updatedAt: TIMESTAMP_EXAMPLE,
};

export const createOperator = secured({
  method: 'post',
  path: '/operators',
  operationId: 'createOperator',
  tags: TAGS,
  summary: 'Create an operator',
  permission: 'MANAGE_OPERATORS',
  description: 'Creates a salesman, activator or call-center agent. E-mails are stored lower-cased.',
  request: {
    body: jsonBody(CreateOperatorBodySchema, 'The operator', {
      type: 'SALESMAN',
      name: 'Ana María Pérez',
      email: 'ana@example.com',
      phone: '+56912345678',
      external_id: 'SLS-001',
      metadata: { team: 'north' },
    }),
  },
  responses: {
    201: jsonResponse(OperatorSchema, 'The operator was created', example),
  },
  problems: {
    409: OPERATOR_409,
  },
});

export const syncOperators = secured({
  method: 'post',
  path: '/operators/sync',
  operationId: 'syncOperators',
  tags: TAGS,
  summary: 'Create or update operators in bulk',
  permission: 'SYNC_OPERATORS',
  description: `Creates or updates up to 500 operators, matched by \`type\` and \`external_id\`, in one transaction: if any
item fails, nothing is written. Fields not given keep their stored values; \`metadata\` given replaces the stored
one. A synced placeholder stops being one. A duplicate \`type\` + \`external_id\` or \`email\` inside the request is a 400.`,
  request: {
    body: jsonBody(SyncOperatorsBodySchema, 'The operators', {
      items: [
        { external_id: 'SLS-001', type: 'SALESMAN', name: 'Ana María Pérez', email: 'ana@example.com' },
        { external_id: 'CC-007', type: 'CALLCENTER', name: 'Luis Soto', phone: '+56922222222' },
      ],
    }),
  },
  responses: {
    200: jsonResponse(SyncOperatorsResultSchema, 'What the sync did', { created: 1, updated: 1, total: 2 }),
  },
  problems: {
    409: OPERATOR_409,
  },
});

export const listOperators = secured({
  method: 'get',
  path: '/operators',
  operationId: 'listOperators',
  tags: TAGS,
  summary: 'List operators',
  permission: 'MANAGE_OPERATORS',
  description: 'Lists the operators of the tenant by name, then id.',
  request: { query: ListOperatorsQuerySchema },
  responses: {
    200: jsonResponse(OperatorListSchema, 'A page of operators', {
      data: [example],
      meta: { page: 1, limit: 25, total: 1, totalPages: 1 },
    }),
  },
});

export const getOperator = secured({
  method: 'get',
  path: '/operators/{id}',
  operationId: 'getOperator',
  conditional: true,
  tags: TAGS,
  summary: 'Get an operator',
  permission: 'MANAGE_OPERATORS',
  description: 'One operator.',
  request: { params: OperatorIdParamsSchema },
  responses: {
    200: jsonResponse(OperatorSchema, 'The operator', example),
  },
  problems: {
    404: OPERATOR_404,
  },
});

export const updateOperator = secured({
  method: 'patch',
  path: '/operators/{id}',
  operationId: 'updateOperator',
  tags: TAGS,
  summary: 'Update an operator',
  permission: 'MANAGE_OPERATORS',
  description:
    'Changes the fields given (at least one). `metadata` is merged shallowly: keys given are set, keys not given are kept.',
  request: {
    params: OperatorIdParamsSchema,
    body: jsonBody(UpdateOperatorBodySchema, 'The fields to change', { phone: '+56933333333', is_active: false }),
  },
  responses: {
    200: jsonResponse(OperatorSchema, 'The updated operator', example),
  },
  problems: {
    404: OPERATOR_404,
    409: OPERATOR_409,
  },
});

export type CreateOperatorRoute = typeof createOperator;
export type SyncOperatorsRoute = typeof syncOperators;
export type ListOperatorsRoute = typeof listOperators;
export type GetOperatorRoute = typeof getOperator;
export type UpdateOperatorRoute = typeof updateOperator;
