/**
 * A record of the claim files an earlier run found sound, so the next run does not parse
 * them again: each is known by a hash of its path and bytes, with the id and claim text it
 * takes (which the cross-file checks still need). The record holds for one fingerprint of
 * everything else a verdict on a file depends on: the validator's code, the packages that
 * parse, and the source articles. Change any of them, or the file, and it is checked again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import { packageVersion } from '../lib/package-version.ts';
import type { ClaimIdentity } from './check-claims.ts';

/** The folders whose code decides what is sound: the validator's, and the schema and helpers it imports. */
const codeDirs = [
	fileURLToPath(new URL('.', import.meta.url)),
	fileURLToPath(new URL('../lib/', import.meta.url)),
];
/** Packages that read the files: a new version may read them differently. */
const readers = ['yaml', 'remark', 'micromark', 'astro'] as const;

/** What a verdict on a claim file depends on besides the file: code, readers and the source files' bytes. */
export function validatorFingerprint(
	sources: readonly { path: string; bytes: Uint8Array }[],
): string {
	const hash = createHash('sha256');
	for (const dir of codeDirs) {
		for (const name of readdirSync(dir)
			.filter((n) => n.endsWith('.ts'))
			.sort())
			hash.update(`${name}\n`).update(readFileSync(join(dir, name)));
	}
	for (const name of readers) hash.update(`${name}@${packageVersion(name)}\n`);
	for (const { path, bytes } of sources) hash.update(`${path}\n`).update(bytes);
	return hash.digest('hex');
}

/** A claim file's key: its path (relative to the project) and its bytes. */
export function fileKey(file: string, bytes: Uint8Array): string {
	return createHash('sha256').update(`${file}\n`).update(bytes).digest('base64url');
}

/** The record's file name in the cache folder. */
export const soundFilesRecord = 'sound-claim-files.json';

interface Stored {
	readonly fingerprint: string;
	readonly files: Record<string, ClaimIdentity>;
}

export class SoundFiles {
	readonly #file: string;
	readonly #fingerprint: string;
	readonly #earlier: Readonly<Record<string, ClaimIdentity>>;
	readonly #now: Record<string, ClaimIdentity> = {};

	/** The record kept in `cacheDir` for this fingerprint; empty when there is none, or it is for other code or sources. */
	constructor(cacheDir: string, fingerprint: string) {
		this.#file = join(cacheDir, soundFilesRecord);
		this.#fingerprint = fingerprint;
		let earlier: Stored | null = null;
		try {
			earlier = JSON.parse(readFileSync(this.#file, 'utf8')) as Stored;
		} catch {
			// No record yet, or an unreadable one: every file is checked.
		}
		this.#earlier =
			earlier?.fingerprint === fingerprint &&
			earlier.files !== null &&
			typeof earlier.files === 'object'
				? earlier.files
				: {};
	}

	/** How many files the earlier record holds. */
	get size(): number {
		return Object.keys(this.#earlier).length;
	}

	/** The identity of a file found sound before, or undefined. */
	get(key: string): ClaimIdentity | undefined {
		return Object.hasOwn(this.#earlier, key) ? this.#earlier[key] : undefined;
	}

	/** Record a file found sound in this run. */
	keep(key: string, identity: ClaimIdentity): void {
		this.#now[key] = identity;
	}

	/** Replace the record with this run's: files no longer there, or no longer sound, drop out. */
	save(): void {
		mkdirSync(dirname(this.#file), { recursive: true });
		writeFileAtomic(
			this.#file,
			JSON.stringify({ fingerprint: this.#fingerprint, files: this.#now } satisfies Stored),
		);
	}
}
