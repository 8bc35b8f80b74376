import { z } from '@hono/zod-openapi';
import { QueryInt } from './openapi.ts';

/** The largest page: bounds every list's `data`. */
const MAX_PER_PAGE = 100;
const MAX_PAGE = 100_000;
const PerPage = QueryInt(1, MAX_PER_PAGE);

export const PageQuerySchema = z.object({
  page: QueryInt(1, MAX_PAGE).default(1).openapi({ description: 'Page number, from 1', example: 1 }),
  per_page: PerPage.optional().openapi({ description: 'Items per page (default 25, max 100)', example: 25 }),
  limit: PerPage.optional().openapi({
    description: "Alias of `per_page`, as the Reten docs' examples send it; `per_page` wins when both are given",
    example: 25,
  }),
});

export type PageQuery = z.infer<typeof PageQuerySchema>;

export const DEFAULT_PER_PAGE = 25;

export interface Page {
  page: number;
  limit: number;
  offset: number;
}

export function toPage(query: PageQuery): Page {
  const limit = query.per_page ?? query.limit ?? DEFAULT_PER_PAGE;
  return { page: query.page, limit, offset: (query.page - 1) * limit };
}

export const PageMetaSchema = z
  .object({
    page: z.int().min(1).max(MAX_PAGE).openapi({ description: 'This page', example: 1 }),
    limit: z.int().min(1).max(MAX_PER_PAGE).openapi({ description: 'Items per page', example: 25 }),
    total: z
      .int()
      .min(0)
      .max(Number.MAX_SAFE_INTEGER)
      .openapi({ description: 'Items matching the filters, over all pages', example: 42 }),
    totalPages: z
      .int()
      .min(0)
      .max(Number.MAX_SAFE_INTEGER)
      .openapi({ description: 'Pages at this limit (0 when nothing matches)', example: 2 }),
  })
  .openapi('PageMeta');

export function pageMeta(page: Page, total: number) {
  return { page: page.page, limit: page.limit, total, totalPages: Math.ceil(total / page.limit) };
}

/** The list envelope `{ data, meta }`; `name` registers it as a component. */
export function paginated<T extends z.ZodType>(item: T, name: string) {
  return z.object({ data: z.array(item).max(MAX_PER_PAGE), meta: PageMetaSchema }).openapi(name);
}
