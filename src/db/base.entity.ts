import { p } from '@mikro-orm/core';
import { uuidv7 } from './ids.ts';

/** Columns every table has: a time-ordered UUID key and creation/update timestamps. */
export const baseProperties = {
  id: p
    .uuid()
    .primary()
    .onCreate(() => uuidv7()),
  createdAt: p.datetime().onCreate(() => new Date()),
  updatedAt: p
    .datetime()
    .onCreate(() => new Date())
    .onUpdate(() => new Date()),
};
