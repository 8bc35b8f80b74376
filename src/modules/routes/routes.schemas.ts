import { z } from '@hono/zod-openapi';
import { EXAMPLE_IDS } from '../../http/examples.ts';
import { BooleanQuery, JsonObject, Text, TIMESTAMP_EXAMPLE, UuidParam } from '../../http/openapi.ts';
import { PageQuerySchema, paginated } from '../../http/pagination.ts';
import { OPERATOR_TYPES } from '../operators/operator.entity.ts';
import { ROUTE_OPERATOR_ROLES } from './route.entity.ts';

export const ROUTE_ID_EXAMPLE = EXAMPLE_IDS.route;
export const OPERATOR_ID_EXAMPLE = EXAMPLE_IDS.operator;
const METADATA_EXAMPLE = { zone: 'north' };

const metadata = (description: string) => JsonObject().openapi({ description, example: METADATA_EXAMPLE });

export const RouteSchema = z
  .object({
    id: z.guid().openapi({ description: 'Route id', example: ROUTE_ID_EXAMPLE }),
    name: z.string().openapi({ description: 'Display name', example: 'North route' }),
    externalId: z
      .string()
      .nullable()
      .openapi({ description: "The id in the tenant's system; unique in the tenant", example: 'R-100' }),
    description: z.string().nullable().openapi({ description: 'Free text', example: 'Mon/Wed/Fri, north side' }),
    isActive: z.boolean().openapi({ description: 'Whether the route is active', example: true }),
    metadata: metadata('Free-form data of the tenant'),
    createdAt: z.iso.datetime().openapi({ description: 'When it was created', example: TIMESTAMP_EXAMPLE }),
    updatedAt: z.iso.datetime().openapi({ description: 'When it last changed', example: TIMESTAMP_EXAMPLE }),
  })
  .openapi('Route');

export const RouteOperatorLinkSchema = z
  .object({
    routeId: z.guid().openapi({ description: 'Route id', example: ROUTE_ID_EXAMPLE }),
    operatorId: z.guid().openapi({ description: 'Operator id', example: OPERATOR_ID_EXAMPLE }),
    role: z.enum(ROUTE_OPERATOR_ROLES).openapi({ description: "The operator's role on the route", example: 'LEAD' }),
    isActive: z.boolean().openapi({ description: 'Whether the link is active', example: true }),
  })
  .openapi('RouteOperatorLink');

export const RouteDetailSchema = RouteSchema.extend({
  operators: z
    .array(
      z.object({
        operatorId: z.guid().openapi({ description: 'Operator id', example: OPERATOR_ID_EXAMPLE }),
        role: z
          .enum(ROUTE_OPERATOR_ROLES)
          .openapi({ description: "The operator's role on the route", example: 'LEAD' }),
        isActive: z.boolean().openapi({ description: 'Whether the link is active', example: true }),
        operator: z
          .object({
            name: z.string().openapi({ description: "The operator's name", example: 'Ana María Pérez' }),
            type: z.enum(OPERATOR_TYPES).openapi({ description: "The operator's type", example: 'SALESMAN' }),
          })
          .openapi({ description: 'The linked operator' }),
      }),
    )
    .openapi({ description: 'Operators linked to the route, by name' }),
}).openapi('RouteDetail');

export const RouteListSchema = paginated(RouteSchema, 'RouteList');

export const RouteIdParamsSchema = z.object({
  id: UuidParam('id', 'Route id', ROUTE_ID_EXAMPLE),
});

export const RouteOperatorParamsSchema = RouteIdParamsSchema.extend({
  operatorId: UuidParam('operatorId', 'Operator id', OPERATOR_ID_EXAMPLE),
});

export const ListRoutesQuerySchema = PageQuerySchema.extend({
  search: Text(200).optional().openapi({
    description: 'Part of the name or external id; case- and accent-insensitive',
    example: 'north',
  }),
  is_active: BooleanQuery('Only active (`true`) or inactive (`false`) routes'),
});

const fields = {
  name: Text(300).openapi({ description: 'Display name', example: 'North route' }),
  external_id: Text(200).nullable().optional().openapi({
    description: "The id in the tenant's system; unique in the tenant",
    example: 'R-100',
  }),
  description: Text(2000)
    .nullable()
    .optional()
    .openapi({ description: 'Free text', example: 'Mon/Wed/Fri, north side' }),
  is_active: z.boolean().optional().openapi({ description: 'Active or not (default true)', example: true }),
};

export const CreateRouteBodySchema = z
  .strictObject({ ...fields, metadata: metadata('Free-form data').optional() })
  .openapi('CreateRouteBody');

export const UpdateRouteBodySchema = z
  .strictObject({
    ...fields,
    name: fields.name.optional(),
    metadata: metadata('Merged into the stored metadata: keys given are set, keys not given are kept').optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change')
  .openapi('UpdateRouteBody', { minProperties: 1 });

export const LinkOperatorBodySchema = z
  .strictObject({
    operator_id: z.guid().openapi({ description: 'The operator to link', example: OPERATOR_ID_EXAMPLE }),
    role: z.enum(ROUTE_OPERATOR_ROLES).optional().openapi({
      description: 'Role on the route: MEMBER for a new link when not given; an existing link keeps its role',
      example: 'LEAD',
    }),
  })
  .openapi('LinkRouteOperatorBody');

export type Route = z.infer<typeof RouteSchema>;
export type RouteDetail = z.infer<typeof RouteDetailSchema>;
export type ListRoutesQuery = z.infer<typeof ListRoutesQuerySchema>;
export type CreateRouteBody = z.infer<typeof CreateRouteBodySchema>;
export type UpdateRouteBody = z.infer<typeof UpdateRouteBodySchema>;
export type LinkOperatorBody = z.infer<typeof LinkOperatorBodySchema>;
