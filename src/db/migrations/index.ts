import type { Migration } from '@mikro-orm/migrations';
import { Migration20261123000000_foundation } from './Migration20261123000000_foundation.ts';
import { Migration20261123010000_activities } from './Migration20261123010000_activities.ts';
import { Migration20261123020000_activity_results } from './Migration20261123020000_activity_results.ts';
import { Migration20261124000000_dispatch } from './Migration20261124000000_dispatch.ts';
import { Migration20261124010000_resolution } from './Migration20261124010000_resolution.ts';
import { Migration20261125000000_activity_counts } from './Migration20261125000000_activity_counts.ts';
import { Migration20261126000000_commerce_covering_index } from './Migration20261126000000_commerce_covering_index.ts';
import { Migration20261130000000_row_level_security } from './Migration20261130000000_row_level_security.ts';
import { Migration20261130010000_rate_limits } from './Migration20261130010000_rate_limits.ts';
import { Migration20261130020000_search_under_rls } from './Migration20261130020000_search_under_rls.ts';
import { Migration20261130030000_search_in_session_tenant } from './Migration20261130030000_search_in_session_tenant.ts';
import { Migration20261201000000_integration } from './Migration20261201000000_integration.ts';

type MigrationClass = new (...args: ConstructorParameters<typeof Migration>) => Migration;

/** Committed migrations, oldest first. A new migration file is added here as well. */
export const migrations: { name: string; class: MigrationClass }[] = [
  { name: 'Migration20261123000000_foundation', class: Migration20261123000000_foundation },
  { name: 'Migration20261123010000_activities', class: Migration20261123010000_activities },
  { name: 'Migration20261123020000_activity_results', class: Migration20261123020000_activity_results },
  { name: 'Migration20261124000000_dispatch', class: Migration20261124000000_dispatch },
  { name: 'Migration20261124010000_resolution', class: Migration20261124010000_resolution },
  { name: 'Migration20261125000000_activity_counts', class: Migration20261125000000_activity_counts },
  {
    name: 'Migration20261126000000_commerce_covering_index',
    class: Migration20261126000000_commerce_covering_index,
  },
  { name: 'Migration20261130000000_row_level_security', class: Migration20261130000000_row_level_security },
  { name: 'Migration20261130010000_rate_limits', class: Migration20261130010000_rate_limits },
  { name: 'Migration20261130020000_search_under_rls', class: Migration20261130020000_search_under_rls },
  {
    name: 'Migration20261130030000_search_in_session_tenant',
    class: Migration20261130030000_search_in_session_tenant,
  },
  { name: 'Migration20261201000000_integration', class: Migration20261201000000_integration },
];
