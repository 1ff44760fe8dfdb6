/**
 * Who made a claim, and how it reached the article it appeared in. Defined once; the schema,
 * the claim page, structured data, open data and the validator derive from it. The words
 * readers see are the dictionary's `via.<id>`, `via.<id>.meaning` and `claim.claimedBy*`, bound once
 * at the edge (src/edition/claimants.ts).
 */
import type { Translate } from './translate.ts';

/**
 * What kind of party a claimant is: a person, an organization (an outlet, an agency, a
 * government), or an unidentified website, where no one can be established behind a page.
 */
export const claimantTypes = ['person', 'organization', 'unidentified'] as const;

export type ClaimantType = (typeof claimantTypes)[number];

/** The claimant type of a page whose outlet cannot be established: its name is optional, its address is recorded where known. */
export const unidentified = 'unidentified' satisfies ClaimantType;

/** How the claim reached the article: the article's own words, or someone else's passed on. */
export const viaIds = ['own-voice', 'quoted', 'paraphrased', 'relayed'] as const;

export type ViaId = (typeof viaIds)[number];

/** The way of appearing that names no one between the claimant and the article. */
export const ownVoice: ViaId = 'own-voice';

export interface Claimant {
	readonly name?: string | undefined;
	readonly type: ClaimantType;
	readonly url?: string | undefined;
}

/** The words readers see for claimants and ways of appearing, in the site's language, from `t`. */
export function claimantWords(
	t: Translate<
		| `via.${ViaId}`
		| `via.${ViaId}.meaning`
		| 'claimant.unidentified'
		| 'claim.claimedByRelayed'
		| 'claim.claimedByVia'
	>,
) {
	const vias: readonly {
		readonly id: ViaId;
		readonly label: string;
		readonly meaning: string;
	}[] = viaIds.map((id) => ({
		id,
		label: t(`via.${id}`),
		meaning: t(`via.${id}.meaning`),
	}));

	/** The claimant as readers see it: the name, or the dictionary's "unidentified website" where there is none. */
	const claimantName = (claimant: Claimant): string => claimant.name ?? t('claimant.unidentified');

	/**
	 * The claimant with how the claim reached the article, for readers: "Ana Ruiz, paraphrased",
	 * "U.S. government, relayed by The New York Times". Machines get the bare name.
	 */
	function claimedBy(
		claimant: Claimant,
		appeared: { readonly via: ViaId; readonly relayedBy?: string | undefined },
	): string {
		const name = claimantName(claimant);
		if (appeared.via === ownVoice) return name;
		const via = vias.find((v) => v.id === appeared.via);
		if (!via) throw new Error(`Unknown way of appearing "${appeared.via}".`);
		return appeared.relayedBy
			? t('claim.claimedByRelayed', {
					claimant: name,
					via: via.label,
					relayer: appeared.relayedBy,
				})
			: t('claim.claimedByVia', { claimant: name, via: via.label });
	}

	return { vias, claimantName, claimedBy };
}

/**
 * A text split around the first place `part` stands in it, so a page can make that part a link:
 * [before, part, after]. Where `part` is not in the text (a language that inflects the name, say),
 * the whole text is the part, so the link still leads where it should.
 */
export function splitAround(text: string, part: string): [string, string, string] {
	const at = text.indexOf(part);
	return at < 0 ? ['', text, ''] : [text.slice(0, at), part, text.slice(at + part.length)];
}
