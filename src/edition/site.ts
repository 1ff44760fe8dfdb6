/**
 * The edge where the edition enters the engine: its settings file (src/config/site.ts), parsed
 * and checked once. Pages, components, integrations, the validator and the tools read the site
 * from here and pass it to src/lib, which never imports it. (The unit tests swap the settings
 * file for a fixture's by its path: tests/edition-hooks.ts.)
 */
import settings from '../config/site.ts';
import { resolveSettings } from '../lib/settings.ts';

export const site = resolveSettings(settings);
