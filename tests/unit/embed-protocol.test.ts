import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	claimIdPattern,
	heightMessageType,
	isHeightMessage,
	maxHeight,
} from '../../src/embed/protocol.ts';
import { slugPattern } from '../../src/lib/schema.ts';

test('isHeightMessage accepts a card height message', () => {
	assert.equal(isHeightMessage({ type: heightMessageType, height: 318 }), true);
	assert.equal(isHeightMessage({ type: heightMessageType, height: maxHeight }), true);
});

test('isHeightMessage rejects anything else', () => {
	for (const data of [
		null,
		undefined,
		'crosscheck:height',
		318,
		{ type: heightMessageType },
		{ type: 'other:height', height: 318 },
		{ type: heightMessageType, height: '318' },
		{ type: heightMessageType, height: Number.NaN },
		{ type: heightMessageType, height: Number.POSITIVE_INFINITY },
		{ type: heightMessageType, height: 0 },
		{ type: heightMessageType, height: -5 },
		{ type: heightMessageType, height: maxHeight + 1 },
	]) {
		assert.equal(isHeightMessage(data), false, JSON.stringify(data));
	}
});

test('embed.js accepts exactly the claim ids the schema does', () => {
	assert.equal(claimIdPattern.source, slugPattern.source);
	assert.equal(claimIdPattern.flags, slugPattern.flags);
});
