/**
 * Questions a command asks for what its flags leave out (npm run new-claim, npm run new-site):
 * every answer, from a flag or a prompt, passes the same check, and a prompt asks again after a
 * wrong answer. Answers can be piped in, one per line.
 */
import { createInterface, type Interface } from 'node:readline';

/** An answer that cannot be used; `status` is the exit status when it came from a flag. */
export class InputError extends Error {
	readonly status: 1 | 2;
	constructor(message: string, status: 1 | 2 = 2) {
		super(message);
		this.status = status;
	}
}

/** Each answer is checked the same way whether it came from a flag or a prompt. */
export interface Field {
	readonly question: string;
	/** The value to keep; throws an InputError saying what is wrong with the answer. */
	check(answer: string): string;
}

/**
 * Questions on the terminal, or answers piped in one per line. Lines are read through the
 * interface's iterator, which keeps the ones that arrive before their question is asked.
 */
export interface Prompt {
	readonly lines: AsyncIterator<string>;
	readonly terminal: Interface;
}

export function openPrompt(): Prompt {
	const terminal = createInterface({ input: process.stdin, output: process.stdout });
	return { terminal, lines: terminal[Symbol.asyncIterator]() };
}

/** Ask until the answer passes its check. An empty answer takes the suggestion, or leaves the field for later unless it is required. */
export async function ask(
	prompt: Prompt,
	field: Field,
	suggested: string | undefined,
	required: boolean,
): Promise<string | undefined> {
	for (;;) {
		prompt.terminal.setPrompt(`${field.question}${suggested ? ` [${suggested}]` : ''}: `);
		prompt.terminal.prompt();
		const line = await prompt.lines.next();
		if (line.done) throw new InputError('the input ended before every question was answered');
		if (!process.stdin.isTTY) process.stdout.write(`${line.value}\n`);
		const answer = line.value.trim() || suggested;
		if (!answer && !required) return undefined;
		if (!answer) continue;
		try {
			return field.check(answer);
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			console.log(`  ${error.message}`);
		}
	}
}

/** Check every flag before anything is asked, so one run reports every bad one; the errors, or the answers. */
export function checkFlags<K extends string>(
	fields: Record<K, Field>,
	keys: readonly K[],
	given: Partial<Record<K, string | undefined>>,
): { answers: Partial<Record<K, string>>; wrong: InputError[] } {
	const answers: Partial<Record<K, string>> = {};
	const wrong: InputError[] = [];
	for (const key of keys) {
		const flag = given[key]?.trim();
		if (!flag) continue;
		try {
			answers[key] = fields[key].check(flag);
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			wrong.push(error);
		}
	}
	return { answers, wrong };
}

/** Print what is wrong and how to get help; the exit status. */
export function refuse(errors: readonly InputError[], command: string): number {
	for (const error of errors) console.error(error.message);
	console.error(`(npm run ${command} -- --help lists the options)`);
	return Math.max(...errors.map((error) => error.status));
}
