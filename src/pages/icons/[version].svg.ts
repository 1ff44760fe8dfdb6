/**
 * /icons/<version>.svg: the sprite of every icon (src/lib/icons.ts), which components/Icon.astro
 * points to. Its name changes with its content, so it may be cached for good.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { iconSprite, iconSpriteVersion } from '../../lib/icons.ts';

export const getStaticPaths = (() => [
	{ params: { version: iconSpriteVersion } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
	new Response(iconSprite, { headers: { 'Content-Type': 'image/svg+xml' } });
