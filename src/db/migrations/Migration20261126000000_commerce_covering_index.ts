import { Migration } from '@mikro-orm/migrations';

/**
 * Every activity read joins its commerce for the name and external id. With them in the primary-key
 * lookup's index, the join is an index-only scan: a list page at 1M rows visits 77 buffers instead of
 * 103 (docs/performance.md). Commerce rows change rarely, so the visibility map stays set.
 */
export class Migration20261126000000_commerce_covering_index extends Migration {
  override up(): void {
    this.addSql(`create index "commerce_id_covering_index" on "commerce" ("id") include ("name", "external_id");`);
  }

  override down(): void {
    this.addSql(`drop index "commerce_id_covering_index";`);
  }
}
