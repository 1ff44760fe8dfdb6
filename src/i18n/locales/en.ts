/**
 * English: the reference dictionary. Every string a reader sees is here, under a flat dotted
 * key; every other language's file has exactly these keys (a missing one is a type error).
 * Messages use `{name}` for values and `{n, plural, one {…} other {…}}` for counts
 * (src/i18n/format.ts). Dates and numbers are formatted by Intl, never written here.
 */
export default {
	'meta.locale': 'en_US',

	'site.titleHome': '{site}: fact-checks',
	'site.titlePage': '{title} | {site}',
	/** The byline of the site's own desk (npm run new-site writes it into the settings). */
	'site.desk': '{site} desk',
	'site.skipLink': 'Skip to content',
	'site.nav': 'Main',
	'nav.claims': 'Claims',
	'nav.sources': 'Sources',
	'nav.verdicts': 'Verdicts',
	'nav.methodology': 'Methodology',
	'nav.about': 'About',
	'nav.search': 'Search',
	'footer.publishedBy': '{site} is published by {publisher}.',
	'footer.methodology': 'How we check and rate claims',
	'footer.corrections': 'Corrections policy',
	/** The id the methodology page's corrections heading gets (its heading text, as a URL fragment). */
	'footer.correctionsAnchor': 'corrections',
	'footer.suggest': 'Suggest a claim or a correction',
	'feed.rss': '{site} (RSS)',
	'feed.atom': '{site} (Atom)',
	'feed.json': '{site} (JSON Feed)',
	'feed.summary': '{verdict}. Claimed by {claimant}. {summary}',

	'verdict.true': 'True',
	'verdict.true.meaning': 'The claim is accurate and nothing significant is missing.',
	'verdict.mostly-true': 'Mostly true',
	'verdict.mostly-true.meaning':
		'The claim is accurate but needs clarification or additional information.',
	'verdict.mixed': 'Mixed',
	'verdict.mixed.meaning':
		'The claim is partly accurate and partly inaccurate, or leaves out context that changes its meaning.',
	'verdict.mostly-false': 'Mostly false',
	'verdict.mostly-false.meaning':
		'The claim holds an element of truth but ignores facts that would give a different impression.',
	'verdict.false': 'False',
	'verdict.false.meaning': 'The claim is inaccurate.',
	'verdict.unproven': 'Unproven',
	'verdict.unproven.meaning':
		'The evidence available to us neither confirms nor refutes the claim; the check says what is missing.',

	'stance.asserts': 'Asserts',
	'stance.asserts.meaning': 'States the claim in its own voice.',
	'stance.reports': 'Reports',
	'stance.reports.meaning': 'Relays the claim, attributed to someone else, without endorsing it.',
	'stance.supports': 'Supports',
	'stance.supports.meaning': 'Says something that backs the claim without stating it outright.',
	'stance.disputes': 'Disputes',
	'stance.disputes.meaning':
		'Says something that contradicts the claim, or gives a conflicting version of it.',
	'stance.not-mentioned': 'Not mentioned',
	'stance.not-mentioned.meaning': 'Does not speak to the claim.',
	'stance.asserts.test':
		'Would a reader of this article alone come away believing the claim, because the article says so itself?',
	'stance.reports.test':
		'Would a reader of this article alone learn that someone made the claim, with the article not vouching for it?',
	'stance.supports.test':
		'Would a reader of this article alone come away believing the claim, though the article never states all of it?',
	'stance.disputes.test':
		'Would a reader of this article alone come away believing something that cannot be true if the claim is?',
	'stance.not-mentioned.test':
		'Would a reader of this article alone come away knowing nothing more, for or against the claim?',
	'stance.testLabel': 'The test:',

	'via.own-voice': 'in its own voice',
	'via.own-voice.meaning':
		'The article states the claim itself; the claimant is its author, or its publication when it is unsigned.',
	'via.quoted': 'quoted',
	'via.quoted.meaning': "The article quotes the claimant's own words.",
	'via.paraphrased': 'paraphrased',
	'via.paraphrased.meaning': "The article restates the claimant's words in its own.",
	'via.relayed': 'relayed',
	'via.relayed.meaning':
		'The article passes the claim on at second hand, from a report or a go-between.',

	'home.title': 'Claims',
	'home.description':
		'{topic}: {claims, plural, one {# claim} other {# claims}} checked against {sources, plural, one {# news report} other {# news reports}}, each with its verdict and evidence.',
	'home.intro':
		'We checked {claims, plural, one {# factual claim} other {# factual claims}} made in {sources, plural, one {# news report} other {# news reports}}.',
	'home.introScale':
		'Each check names its evidence, quotes every report exactly, and rates the claim on <a>our rating scale</a>.',
	'home.listLabel': 'claims',

	'listing.pageTitle': '{title} (page {page})',
	'listing.heading': '{count, plural, one {# claim} other {# claims}}, newest first',
	'listing.headingPaged':
		'{count, plural, one {# claim} other {# claims}}, newest first, page {page} of {pages}',
	'listing.empty': 'No claims yet.',
	'filters.heading': 'Narrow the claims',
	'filters.byVerdict': 'By verdict',
	'filters.bySource': 'By source article',
	'filters.countHidden': '{count, plural, one {claim} other {claims}}',
	'pagination.label': 'Pages of {label}',
	'pagination.newer': 'Newer',
	'pagination.older': 'Older',
	'pagination.page': 'Page',
	'claimCard.appeared': '{claimant}, in <a>{source}</a>.',
	'claimCard.checked': 'Checked <time>{date}</time>.',
	'claimCard.stances': 'What the sources say',
	'claimCard.silent': 'Not mentioned by {count, plural, one {# source} other {# sources}}',

	'claim.eyebrow': 'Claim check',
	'claim.verdictHeading': 'Verdict',
	'claim.otherRated': 'Other claims rated {verdict}',
	'claim.claimedByVia': '{claimant}, {via}',
	'claim.claimedByRelayed': '{claimant}, {via} by {relayer}',
	'claim.undated': ' (the article is undated)',
	'claim.analysis': 'Analysis',
	'claim.sourcesHeading':
		'{count, plural, one {The source, in full} other {The # sources, in full}}',
	'claim.evidence': 'Evidence',
	'claim.noEvidence':
		'This check rests on the source articles alone; no further evidence was found. The analysis says what is missing.',
	'claim.updateLog': 'Update log',
	'claim.openFile': 'This check is a plain text file anyone can read and propose changes to:',
	'claim.history': 'history of {file}',
	'claim.edit': 'edit it in the repository',
	'claim.related': 'Related claims',
	'claim.socialAlt': '{verdict}: “{claim}” A {site} fact-check.',
	'claim.passageLink': 'See this passage in the archived article',
	'claim.attribution': '{claimant}, in <a>{source}</a>',
	'claim.correction': 'Updated <time>{date}</time>:',
	'claim.correctionEarlier': 'Until {date}, our verdict was <badge></badge>.',
	'claim.correctionEarlierNow': 'Earlier verdict: <badge></badge>.',
	'claim.correctionLog': 'The full update log',
	'claim.aboutHeading': 'About this check.',
	'claim.aboutClaimed': 'Claimed by {claimant} in <a>{source}</a>',
	'claim.aboutChecked': 'Checked by {author}, published <time>{date}</time>.',
	'claim.aboutUpdated': 'Updated <time>{date}</time>.',
	'claim.stancesHeading':
		'{count, plural, one {What the source says} other {What the # sources say}}',
	'claim.passageShort': 'See the passage',
	'claim.passageIn': ' in {source}',
	'claim.silentLead': 'Not mentioned by',
	'claim.silentEach': ' ({stance})',
	'claim.silentSeparator': ', ',
	'claim.updateEarlier': '(until then rated {verdict})',

	'scale.position': 'Step {step} of {steps} on our scale from {worst} to {best}.',
	'scale.off': 'Off our scale, which runs from {worst} to {best}.',

	'sourceByline.noPublisher': 'Publisher not stated',
	'sourceByline.noAuthor': 'author not stated',
	'sourceByline.undated': 'undated',
	'source.eyebrow': 'Source article, archived copy',
	'source.description':
		'Archived copy of “{headline}”, with the {count, plural, one {passage} other {# passages}} our claim checks quote.',
	'source.publisher': 'Publisher',
	'source.author': 'Author',
	'source.published': 'Published',
	'source.datedAs': 'Dated as',
	'source.language': 'Language',
	'source.original': 'Original',
	'source.originalLink': 'the article as published',
	'source.notStated': 'not stated',
	'source.archiveNote':
		'The text below is kept verbatim as our archived copy. Quoted passages are highlighted; the verdict after each links to the claim check that quotes it.',
	'source.removedNote': 'We removed page furniture that was not part of the article: {lines}.',
	'source.claimsHeading': 'Claims checked in this article ({count})',
	'source.goToPassage': 'Go to passage',
	'source.goToPassageFor': ' quoted by claim: {claim}',
	'source.allClaims': 'All {count, plural, one {# claim} other {# claims}} quoting this article',
	'source.textHeading': 'Archived text',
	'source.morePassage': '+{count} more',
	'source.morePassageHidden': ' claims quoting this passage',
	'source.citeLink': 'Claim rated {verdict}: {claim}',
	'source.countsHeading': 'This article in our checks',
	'source.verdictCounts': 'Verdicts on the claims it speaks to',
	'source.stanceCounts': 'What the article does with them',
	'source.stanceHidden': 'This article: ',
	'source.archiveSummary': 'About this archived copy',

	'sources.title': 'Sources',
	'sources.description':
		'The {count, plural, one {news report} other {# news reports}} this edition checks, archived verbatim, and how each one treats every claim.',
	'sources.heading': '{count, plural, one {The source article} other {The # source articles}}',
	'sources.intro':
		'This edition checks claims made in {count, plural, one {one news report} other {# news reports}}. We keep each report’s text as an archived copy, so that every quotation in a check can be read in context.',
	'sources.quotedIn':
		'Quoted in {count} of {total, plural, one {# claim check} other {# claim checks}}',
	'sources.matrixHeading': 'Claims by source',
	'sources.matrixHeadingPaged': 'Claims by source, page {page} of {pages}',
	'sources.stancesIntro': 'What each article says about each claim:',
	'sources.matrixLabel': 'the claims by source matrix',
	'sourceClaims.title': 'Claims quoting “{source}”',
	'sourceClaims.heading': 'Claims quoting “<a>{source}</a>”',
	'sourceClaims.description':
		'{count, plural, one {# claim check} other {# claim checks}} that quote the article “{headline}”.',
	'sourceClaims.label': 'claims quoting this article',
	'matrix.caption':
		'Each article’s stance on each claim. Select a cell to read the article’s passage and our reading of it.',
	'matrix.claimColumn': 'Claim (verdict)',

	'verdicts.title': 'Verdicts',
	'verdicts.description': 'Our rating scale, and the claims we gave each verdict.',
	'verdicts.intro':
		'Every claim gets one rating from this scale. Choose a rating to see the claims we gave it.',
	'verdicts.count': '{count, plural, one {# claim} other {# claims}}',
	'verdicts.countHidden': ' rated {verdict}',
	'verdict.pageTitle': 'Claims rated {verdict}',
	'verdict.pageHeading': 'Claims rated <badge></badge>',
	'verdict.pageDescription':
		'{count, plural, one {# claim} other {# claims}} rated {verdict}: {meaning}',

	'search.title': 'Search',
	'search.description':
		'Search every claim check and archived source article, and narrow by verdict and source article.',
	'search.label': 'Search claim checks and source articles',
	'search.button': 'Search',
	'search.noScript':
		'Search runs in your browser and needs JavaScript, which is off or unavailable. You can still browse every check:',
	'search.byVerdict': 'by verdict:',
	'search.bySource': 'by source article:',
	'search.typeClaim': 'Claim check',
	'search.filterType': 'type',
	'search.filterVerdict': 'verdict',
	'search.filterSource': 'source',
	'search.typeSource': 'Source article',

	'notFound.title': 'Page not found',
	'notFound.description': 'There is no page at this address.',
	'notFound.text':
		'There is no page at this address. If you followed a link to a claim check, the check may have moved; our claim addresses are meant to stay fixed, so please tell us.',
	'notFound.allClaims': 'All {count, plural, one {# claim check} other {# claim checks}}',
	'notFound.sources': 'The source articles',
	'notFound.verdicts': 'Claims by verdict',
	'notFound.contact': 'Contact the editors',

	'embed.heading': 'Embed this verdict',
	'embed.intro':
		'Show this verdict on your own site: the card gives the claim, the rating and our summary, links back to this check, and follows your readers’ light or dark setting. <a>Preview the card</a>. Sites that support oEmbed, such as WordPress, need only this page’s address.',
	'embed.copied': 'Copied.',
	'embed.copyFallback': 'Press Ctrl+C (⌘C on a Mac) to copy.',
	'embed.iframe.label': 'Iframe',
	'embed.iframe.hint': 'Works anywhere HTML is allowed.',
	'embed.iframe.button': 'Copy iframe code',
	'embed.script.label': 'Script',
	'embed.script.hint': 'Resizes the card to fit; without JavaScript, readers see a link.',
	'embed.script.button': 'Copy script code',
	'embed.markdown.label': 'Badge (Markdown)',
	'embed.markdown.hint': 'For READMEs, forums and wikis.',
	'embed.markdown.button': 'Copy badge code',
	'embed.cardSite': '<b>{site}</b> fact-check',
	'embed.cardVerdict': 'Verdict: ',
	'embed.readMore': 'Read the full check on {site}',
	'embed.newTab': ' (opens in a new tab)',
	'embed.frameTitle': '{site} fact-check, rated {verdict}: {claim}',
	'embed.scriptFrameTitle': '{site} fact-check: {claim}',
	'embed.quoteText': 'Rated {verdict} by {site}.',
	'embed.badgeAlt': '{site} verdict: {verdict}',

	'card.factCheck': 'Fact-check',
	/** Someone else's words, in the language's quotation marks. */
	'text.quoted': '“{claim}”',
	'badge.title': '{site} verdict: {verdict}',

	'data.feedName': 'ClaimReview data feed',
	'data.recordTitle': '{site} claim record, format {version}',

	/** Embed card page (perf, issue 22). */
	'embed.cardDescription':
		'A {site} fact-check card: the claim, its verdict ({verdict}) and a summary, with a link to the full check.',
} as const;
