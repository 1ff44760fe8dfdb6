import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { claimsOnTopic, localized, topicIn } from '../../src/lib/topics.ts';
import { checkClaimants, checkTopics } from '../../src/validator/check-lists.ts';
import { listFiles } from '../../src/lib/edition-files.ts';
import { validateProject } from '../../src/validator/validate-project.ts';
import { contentDirs } from '../../src/lib/edition-files.ts';
import { claims } from '../site-content.ts';
import { contentRoot } from '../test-edition.ts';

const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-topics-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** A copy of the fixture edition's content, with these list files, and a claim's first line set. */
function edition(files: Record<string, string>, topicsLine?: string) {
	const root = join(scratch, String(copies++));
	cpSync(join(contentRoot, 'content'), join(root, 'content'), { recursive: true });
	for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
	const dir = join(root, contentDirs.claims);
	const [first] = readdirSync(dir).sort();
	const file = `${contentDirs.claims}/${first}`;
	if (topicsLine !== undefined) {
		const text = readFileSync(join(root, file), 'utf8');
		writeFileSync(join(root, file), text.replace(/^---\n/, `---\n${topicsLine}\n`));
	}
	return { root, file };
}

const topicsYml = `# two topics
- id: budget
  title: The budget
  description: What the government spends and raises.
- id: health-care
  title: { en: Health care, es: Salud }
  description:
    en: Hospitals, insurance and medicines.
    es: Hospitales, seguros y medicamentos.
`;

test('a claim that names topics on the edition’s list is valid', () => {
	const { root } = edition({ [listFiles.topics]: topicsYml }, 'topics: [budget, health-care]');
	assert.deepEqual(validateProject(root).problems, []);
});

test('an unknown topic is refused at its file, line and field, with the valid ones listed', () => {
	const { root, file } = edition({ [listFiles.topics]: topicsYml }, 'topics: [budget, helth-care]');
	const problems = validateProject(root).problems;
	assert.equal(problems.length, 1, JSON.stringify(problems));
	const [problem] = problems;
	assert.equal(problem!.file, file);
	assert.equal(problem!.line, 2);
	assert.equal(problem!.field, 'topics[1]');
	assert.equal(problem!.message, 'unknown topic "helth-care"');
	assert.equal(
		problem!.hint,
		`did you mean "health-care"? topics in ${listFiles.topics}: budget, health-care`,
	);
});

test('an edition with no topic list refuses topics, and says where the list goes', () => {
	const { root } = edition({}, 'topics: [budget]');
	const [problem] = validateProject(root).problems;
	assert.equal(problem!.message, 'unknown topic "budget"');
	assert.match(problem!.hint ?? '', new RegExp(`add "budget" to ${listFiles.topics}`));
});

test('a topic named twice, or too many topics, is refused', () => {
	const twice = edition({ [listFiles.topics]: topicsYml }, 'topics: [budget, budget]');
	assert.deepEqual(
		validateProject(twice.root).problems.map((p) => [p.field, p.message]),
		[['topics[1]', '"budget" is named twice']],
	);
	const many = edition(
		{ [listFiles.topics]: topicsYml },
		'topics: [budget, health-care, budget, health-care]',
	);
	assert.ok(
		validateProject(many.root).problems.some(
			(p) => p.field === 'topics' && p.message === 'must name at most 3 topics',
		),
	);
});

test('the topic list’s own problems come with their line and field', () => {
	const { root } = edition({
		[listFiles.topics]: `${topicsYml}- id: budget\n  title: Again\n  description: A second budget entry here.\n- id: Bad Id\n  title: X\n  description: Too short title above.\n`,
	});
	const problems = checkTopics(root).problems.map((p) => [p.file, p.line, p.field, p.message]);
	assert.deepEqual(problems, [
		[listFiles.topics, 10, '[2].id', '"budget" is already the id of entry [0]'],
		[
			listFiles.topics,
			13,
			'[3].id',
			'must be lowercase letters, digits and single hyphens (for example "bridge-toll-doubled")',
		],
		[listFiles.topics, 14, '[3].title', 'must be at least 3 characters'],
	]);
	assert.ok(validateProject(root).problems.some((p) => p.file === listFiles.topics));
});

test('a name given to two claimant entries is refused where it is repeated', () => {
	const { root } = edition({
		[listFiles.claimants]:
			'- id: ana-ruiz\n  name: Ana Ruiz\n- id: senator-ruiz\n  name: Senator Ruiz\n  aliases: [ana ruiz]\n',
	});
	assert.deepEqual(
		checkClaimants(root).problems.map((p) => [p.line, p.field, p.message]),
		[[5, '[1].aliases[0]', '"ana ruiz" already belongs to the entry "ana-ruiz"']],
	);
});

test('a topic reads in the site’s language, falling back from a regional tag, then to English', () => {
	assert.equal(localized('Budget', 'es'), 'Budget');
	assert.equal(localized({ en: 'Health care', es: 'Salud' }, 'es-MX'), 'Salud');
	assert.equal(localized({ en: 'Health care', es: 'Salud' }, 'fr'), 'Health care');
	assert.throws(() => localized({ es: 'Salud' }, 'fr'), /add a "fr:" entry/);
	const [entry] = checkTopics(edition({ [listFiles.topics]: topicsYml }).root).entries.slice(1);
	assert.deepEqual(topicIn({ id: entry!.id, data: entry! }, 'es'), {
		id: 'health-care',
		title: 'Salud',
		description: 'Hospitales, seguros y medicamentos.',
	});
});

test('a topic’s claims are those that name it', () => {
	const tagged = claims.map((claim, i) => ({
		...claim,
		data: { ...claim.data, topics: i % 2 === 0 ? ['budget'] : [] },
	}));
	assert.deepEqual(
		claimsOnTopic('budget', tagged).map((c) => c.id),
		tagged.filter((_, i) => i % 2 === 0).map((c) => c.id),
	);
});
