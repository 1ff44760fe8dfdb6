import type { APIRoute } from 'astro';
import { claimRecordSchema } from '../../../lib/open-data.ts';
import { edition } from '../../../edition/context.ts';

/** The JSON Schema of the open-data claim record. */
export const GET: APIRoute = () => Response.json(claimRecordSchema(edition));
