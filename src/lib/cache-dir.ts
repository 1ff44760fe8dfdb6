/** Where the project keeps work that later builds and validator runs reuse, under a folder npm and CI already treat as disposable. */
import { join } from 'node:path';

export function projectCacheDir(root: string): string {
	return join(root, 'node_modules', '.cache', 'crosscheck');
}
