/**
 * The content schemas that name a rating (claim files, their update logs, records), bound once to
 * the edition's scale: Astro's collections and the validator parse with these.
 */
import { contentSchemas } from '../lib/schema.ts';
import { ratingIds } from './ratings.ts';

export const { claimSchema, updateSchema, recordSchema } = contentSchemas(ratingIds);
