import assert from 'node:assert/strict';
import { test } from 'node:test';
import { t } from '../../src/edition/i18n.ts';
import { claimantName, claimedBy } from '../../src/edition/claimants.ts';
import { claimSchema } from '../../src/edition/schema.ts';

test('an unidentified website is shown in the dictionary’s words, with or without a name; a named claimant by name', () => {
	assert.equal(claimantName({ type: 'unidentified' }), t('claimant.unidentified'));
	assert.equal(
		claimantName({ type: 'unidentified', name: 'Noticias Hoy', url: 'https://n.example/a' }),
		'Noticias Hoy',
	);
	assert.equal(
		claimedBy({ type: 'unidentified' }, { via: 'own-voice' }),
		t('claimant.unidentified'),
	);
	assert.equal(
		claimedBy({ name: 'Ana Ruiz', type: 'person' }, { via: 'quoted' }),
		t('claim.claimedByVia', { claimant: 'Ana Ruiz', via: t('via.quoted') }),
	);
});

test('the schema takes an unidentified website without a name, and refuses a nameless person or a person with a page address', () => {
	const claimant = claimSchema.shape.claimant;
	assert.ok(claimant.safeParse({ type: 'unidentified' }).success);
	assert.ok(claimant.safeParse({ type: 'unidentified', url: 'https://n.example/a' }).success);
	const nameless = claimant.safeParse({ type: 'person' });
	assert.deepEqual(
		nameless.error?.issues.map((issue) => [issue.path.join('.'), issue.message]),
		[
			[
				'name',
				'is required for a claimant of type person; where no outlet can be established, use type unidentified',
			],
		],
	);
	const withUrl = claimant.safeParse({
		name: 'Ana Ruiz',
		type: 'person',
		url: 'https://n.example/a',
	});
	assert.deepEqual(
		withUrl.error?.issues.map((issue) => issue.path.join('.')),
		['url'],
	);
});

test('asking the claimant: asked with a date and whom, or not asked with a reason; nothing in between', () => {
	const contact = claimSchema.shape.contact.unwrap();
	assert.ok(contact.safeParse({ asked: false, reason: 'The page names no publisher.' }).success);
	assert.ok(
		contact.safeParse({ asked: true, date: '2026-11-20', whom: 'the press office, by email' })
			.success,
	);
	assert.equal(
		contact.safeParse({ asked: true, reason: 'The page names no publisher.' }).success,
		false,
	);
	assert.equal(contact.safeParse({ asked: false }).success, false);
});
