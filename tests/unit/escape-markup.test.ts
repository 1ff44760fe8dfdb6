import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeMarkup } from '../../src/lib/escape-markup.ts';

test('escapeMarkup writes the five characters that could end an element or a quoted attribute as entities', () => {
	assert.equal(
		escapeMarkup(`Tom & "Jerry's" <b>show</b>`),
		'Tom &amp; &quot;Jerry&#39;s&quot; &lt;b&gt;show&lt;/b&gt;',
	);
});

test('escapeMarkup leaves every other character as it is', () => {
	assert.equal(escapeMarkup('¿Qué dijo? — 50 %, ½'), '¿Qué dijo? — 50 %, ½');
});
