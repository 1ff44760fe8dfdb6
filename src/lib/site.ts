/** The site's settings, parsed and checked once: what every page, feed and tool reads. */
import settings from '../config/site.ts';
import { resolveSettings } from './settings.ts';

export const site = resolveSettings(settings);
