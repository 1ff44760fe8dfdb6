/**
 * Who made a claim, and how it reached the article it appeared in. Defined once; the schema,
 * the claim page, structured data, open data and the validator derive from it.
 */

/** What kind of party a claimant is: a person, or an organization (an outlet, an agency, a government). */
export const claimantTypes = ['person', 'organization'] as const;

export type ClaimantType = (typeof claimantTypes)[number];

/** How the claim reached the article: the article's own words, or someone else's passed on. */
export const vias = [
	{ id: 'own-voice', label: 'in its own voice', meaning: 'The article states the claim itself; the claimant is its author, or its publication when it is unsigned.' },
	{ id: 'quoted', label: 'quoted', meaning: "The article quotes the claimant's own words." },
	{ id: 'paraphrased', label: 'paraphrased', meaning: "The article restates the claimant's words in its own." },
	{ id: 'relayed', label: 'relayed', meaning: 'The article passes the claim on at second hand, from a report or a go-between.' },
] as const;

export type ViaId = (typeof vias)[number]['id'];

export const viaIds = vias.map((v) => v.id) as [ViaId, ...ViaId[]];

/** The way of appearing that names no one between the claimant and the article. */
export const ownVoice: ViaId = 'own-voice';

export interface Claimant {
	readonly name: string;
	readonly type: ClaimantType;
}

/**
 * The claimant with how the claim reached the article, for readers: "Donald Trump, paraphrased",
 * "U.S. government, relayed by The New York Times". Machines get the bare name.
 */
export function claimedBy(claimant: Claimant, appeared: { readonly via: ViaId; readonly relayedBy?: string | undefined }): string {
	if (appeared.via === ownVoice) return claimant.name;
	const via = vias.find((v) => v.id === appeared.via);
	if (!via) throw new Error(`Unknown way of appearing "${appeared.via}".`);
	return appeared.relayedBy ? `${claimant.name}, ${via.label} by ${appeared.relayedBy}` : `${claimant.name}, ${via.label}`;
}
