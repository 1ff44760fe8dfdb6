/**
 * English: the reference dictionary. Every string a reader sees is here, under a flat dotted
 * key; every other language's file has exactly these keys (a missing one is a type error).
 * Messages use `{name}` for values and `{n, plural, one {…} other {…}}` for counts
 * (src/i18n/format.ts). Dates and numbers are formatted by Intl, never written here.
 */
export default {
	'site.titleHome': '{site}: fact-checks',
	'site.titlePage': '{title} | {site}',
	/** The byline of the site's own desk (npm run new-site writes it into the settings). */
	'site.desk': '{site} desk',
	'site.skipLink': 'Skip to content',
	'site.nav': 'Main',
	/** The language switch: its landmark's name, and what it says where a page is not translated ({language} in its own name, marked as that language's word: <name>). */
	'language.switch': 'Language',
	'language.untranslated': '<name>{language}</name>: not translated yet',
	/** A translated check: who translated it and when, the claim as the original words it, whether the original has changed since, and a quotation's rendering. */
	'translation.note':
		'Translated from the {language} original by {translator} on <time>{date}</time>.',
	'translation.original': 'Read the original in {language}',
	'translation.originalClaim': 'The claim as checked in {language}:',
	'translation.stale': 'The original was updated on <time>{date}</time>, after this translation.',
	'translation.staleVerdict': 'The verdict shown is the current one.',
	'translation.rendering': 'Our translation:',
	'nav.claims': 'Claims',
	'nav.sources': 'Sources',
	'nav.verdicts': 'Verdicts',
	'nav.methodology': 'Methodology',
	'nav.about': 'About',
	'nav.search': 'Search',
	/**
	 * The first word of each section's addresses (/claims/<id>/), as npm run new-site writes it
	 * into a new site's settings (`paths`): a lowercase slug, without accents; once written, a
	 * site's own and never changed by an upgrade.
	 */
	'path.claims': 'claims',
	'path.sources': 'sources',
	'path.verdicts': 'verdicts',
	'path.claimants': 'claimants',
	'path.topics': 'topics',
	'path.corrections': 'corrections',
	'path.search': 'search',
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
	'stance.reports': 'Reports it',
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
		'{topic}: {claims, plural, one {# claim} other {# claims}} made in {sources, plural, one {# news report} other {# news reports}}, {claims, plural, one {checked, with its verdict and evidence} other {each checked, with its verdict and evidence}}.',
	'home.intro':
		'We checked {claims, plural, one {# factual claim} other {# factual claims}} made in {sources, plural, one {# news report} other {# news reports}}.',
	'home.introScale':
		'Each check names its evidence, quotes every report exactly, and rates the claim on <a>our rating scale</a>.',
	'home.listLabel': 'claims',

	'listing.pageTitle': '{title} (page {page})',
	'listing.heading': '{count, plural, one {# claim} other {# claims, newest first}}',
	'listing.headingPaged':
		'{count, plural, one {# claim} other {# claims, newest first}}, page {page} of {pages}',
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
	'claim.socialAlt': '{site} fact-check, rated {verdict}: {claim, quote}',
	'claim.passageLink': 'See this passage in the archived article',
	'claim.attribution': '{claimant}, in <a>{source}</a>',
	'claim.correction': 'Updated <time>{date}</time>:',
	'claim.correctionEarlier': 'Until {date}, our verdict was <badge></badge>.',
	'claim.correctionEarlierNow': 'Earlier verdict: <badge></badge>.',
	'claim.correctionLog': 'The full update log',
	'claim.aboutHeading': 'About this check.',
	'claim.aboutClaimedOn':
		'Claimed by {claimant} in <a>{source}</a>, published <time>{date}</time>.',
	'claim.aboutClaimedUndated': 'Claimed by {claimant} in <a>{source}</a>, an undated article.',
	'claim.aboutChecked': 'Checked by {author}, published <time>{date}</time>.',
	'claim.aboutUpdated': 'Updated <time>{date}</time>.',
	'claim.stancesHeading':
		'{count, plural, one {What the source says} other {What the # sources say}}',
	'claim.passageShort': 'See the passage',
	'claim.passageIn': ' in {source}',
	'claim.silentLead':
		'{count, plural, one {Not mentioned by one source:} other {Not mentioned by # sources:}}',
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
		'Archived copy of {headline, quote}, with the {count, plural, one {passage} other {# passages}} our claim checks quote.',
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
	'source.allClaims': '{count, plural, one {The claim} other {All # claims}} quoting this article',
	'source.textHeading': 'Archived text',
	/** The claims quoting a passage beyond those listed, as a link; the part in <hidden> is for screen readers. */
	'source.morePassage':
		'{count, plural, one {+# more<hidden> claim quoting this passage</hidden>} other {+# more<hidden> claims quoting this passage</hidden>}}',
	'source.citeLink': 'Claim rated {verdict}: {claim}',
	'source.countsHeading': 'This article in our checks',
	'source.verdictCounts': 'Verdicts on the claims it speaks to',
	'source.stanceCounts': 'What the article does with them',
	'source.stanceHidden': 'This article: ',
	'source.archiveSummary': 'About this archived copy',
	'source.correctionsHeading': 'Corrections to this archived copy',
	/** Under a source's corrections log, where the site links its repository; <a> is the link to the file's history. */
	'source.earlierTextLinked':
		'The text below is the corrected one. Every earlier version is kept in the repository: <a>history of {file}</a>.',
	'source.earlierText':
		"The text below is the corrected one. Every earlier version is kept in the repository's history.",

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
	'sourceClaims.title': 'Claims quoting {source, quote}',
	'sourceClaims.heading': 'Claims quoting <a>{source, quote}</a>',
	'sourceClaims.description':
		'{count, plural, one {# claim check quotes} other {# claim checks quote}} the article {headline, quote}.',
	'sourceClaims.label': 'claims quoting this article',
	'matrix.caption':
		'Each article’s stance on each claim. Select a cell to read the article’s passage and our reading of it.',
	'matrix.claimColumn': 'Claim (verdict)',

	'verdicts.title': 'Verdicts',
	'verdicts.description': 'Our rating scale, and the claims we gave each verdict.',
	'verdicts.intro':
		'Every claim gets one rating from this scale. Choose a rating to see the claims we gave it.',
	/** A rating's claims, as a link; the part in <hidden> is for screen readers. */
	'verdicts.count':
		'{count, plural, one {# claim<hidden> rated {verdict}</hidden>} other {# claims<hidden> rated {verdict}</hidden>}}',
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
	'notFound.allClaims': '{count, plural, one {The one claim check} other {All # claim checks}}',
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
	'embed.badgeAlt': '{site} verdict: {verdict}.',
	'embed.withdrawnLink': 'Why this check was withdrawn',
	'embed.withdrawnFrameTitle': '{site} fact-check, withdrawn: {claim}',

	'card.factCheck': 'Fact-check',
	/** Someone else's words, in the language's quotation marks: what `{name, quote}` in any message and the settings' `typography.quotes` default to. */
	'text.quoted': '“{text}”',
	'badge.title': '{site} verdict: {verdict}',
	/** A withdrawn check's badge, where its verdict stood. */
	'badge.withdrawn': 'Withdrawn',

	'data.feedName': 'ClaimReview data feed',
	'data.recordTitle': '{site} claim record, format {version}',

	/** What `npm run new-claim` writes into a new claim file for readers: its analysis headings (marked TODO until the writer keeps or changes them) and its first update note. */
	'newClaim.articleHeading': 'What the article says',
	'newClaim.recordHeading': 'What the record shows',
	'newClaim.verdictHeading': 'Verdict',
	'newClaim.firstUpdate': 'First published.',

	/** The notice `npm run dev` shows on a claim page whose file cannot publish yet ({dev} and {build} are the commands). */
	'devNotice.draft': 'Draft: unfinished',
	'devNotice.notReady': 'Warning: not ready to publish',
	'devNotice.lead': 'Only {dev} shows this page: {build} refuses the file until these are fixed.',
	// Contact and accountability: how readers reach the desk; a demonstration edition says it is one.
	'contact.heading': 'Reach the desk',
	'contact.email': 'Email the desk: {email}',
	'contact.form': 'Write to the desk through our contact form',
	'contact.issues': 'Suggest a claim or report an error in our public issue tracker',
	'contact.reportError': 'Report an error in this check',
	'contact.reportSubject': 'Error in the check {url}',
	'demo.notice':
		'This is a demonstration edition: it shows how the site works, and is not yet published at its permanent address.',
	// Claimants, asking the claimant, and evidence records (issue 20).
	'claimant.unidentified': 'an unidentified website',
	'claimant.pageAddress': 'the page',
	'asked.heading': 'Did we ask the claimant?',
	'asked.on': 'On <time>{date}</time> we asked {whom} for the evidence behind the claim.',
	'asked.answer': 'The answer: {answer}',
	'asked.noAnswer': 'No answer has come yet; if one does, we will add it here.',
	'asked.notAsked': 'We did not ask the claimant for its evidence.',
	'evidence.described': '(our description: no title could be read)',
	'evidence.accessed': 'Read <time>{date}</time>.',
	'evidence.archived': 'Archived copy',
	// Readers (issue 24): claimant pages, topics, the corrections log.
	'footer.claimants': 'Who made the claims',
	'footer.topics': 'Topics',
	'footer.correctionsLog': 'Corrections and updates',
	'claimants.title': 'Who made the claims',
	'claimants.description':
		'Every person and organization whose claims we checked, each with its claims and the verdicts they received.',
	'claimants.intro':
		'Each person or organization whose claims we checked has a page with those claims and a count of their verdicts.',
	'claimants.count': '{count, plural, one {# claim checked} other {# claims checked}}',
	'claimants.listLabel': 'claimants',
	'claimants.headingPaged': 'Claimants, page {page} of {pages}',
	'claimants.unidentifiedName': 'unidentified websites',
	'claimant.type.person': 'Person',
	'claimant.type.organization': 'Organization',
	'claimant.type.unidentified': 'Unidentified websites',
	'claimant.unidentifiedIntro':
		'These claims were made on websites that name no author and no organization behind them. We group them on one page because we cannot say who stands behind each one.',
	'claimant.pageTitle': 'Claims by {name}',
	'claimant.description':
		'{count, plural, one {The # claim} other {The # claims}} by {name} that we checked, with the verdict each received.',
	'claimant.listLabel': 'claims by {name}',
	'claimant.scorecardHeading': 'Our verdicts',
	'claimant.scorecardCaption':
		'Verdicts on {count, plural, one {the # claim} other {the # claims}} by {name} that we checked',
	'claimant.verdictColumn': 'Verdict',
	'claimant.countColumn': 'Claims',
	'claimant.notSample':
		'We choose which claims to check for their reach and what hangs on them, not at random. These counts describe our checks, not everything {name} says.',
	'claimant.sameAs': 'Elsewhere:',
	'claim.topics': 'Topics:',
	'topics.title': 'Topics',
	'topics.description': 'The subjects our checks cover, each with its claims.',
	'topics.intro': 'Browse the checks by subject. A claim can belong to more than one topic.',
	'topics.count': '{count, plural, one {# claim} other {# claims}}',
	'topics.rowLabel': 'Browse by topic',
	'topic.pageTitle': 'Claims about {topic}',
	'topic.listLabel': 'claims about {topic}',
	'corrections.title': 'Corrections and updates',
	'corrections.description':
		"Every entry of our checks' update logs, newest first: each publication, each correction and update after it with each change of verdict, and each check withdrawn or moved.",
	'corrections.intro':
		'When we publish a check, and whenever we change it after publishing it, we say so on the check and list the entry here, newest first. Where a change moved the verdict, the entry shows the verdict before and after it. A check we withdraw keeps its address, which says why.',
	'corrections.heading': '{count, plural, one {# entry} other {# entries}}, newest first',
	'corrections.headingPaged':
		'{count, plural, one {# entry} other {# entries}}, newest first, page {page} of {pages}',
	'corrections.empty': 'No check has been published yet.',
	'corrections.listLabel': 'corrections and updates',
	'corrections.kind.update': 'Updated',
	'corrections.kind.withdrawn': 'Check withdrawn',
	'corrections.kind.renamed': 'Check moved to a new address',
	'corrections.kind.published': 'Published',
	'corrections.entryTitlePublished': 'Published: {claim}',
	'record.withdrawnEyebrow': 'Withdrawn check',
	'record.withdrawnTitle': 'This check was withdrawn',
	'record.withdrawnDescription':
		'We withdrew our check of the claim {claim, quote}: when, why, and what it said.',
	'record.withdrawnOn': 'Withdrawn <time>{date}</time>. Why:',
	'record.claimHeading': 'The claim, as it read',
	'record.formerVerdict': 'Our verdict until it was withdrawn: <badge></badge>',
	'record.published': 'First published <time>{date}</time>.',
	'record.correctionsLink': 'Every correction and update to our checks',
	'record.movedTitle': 'This check has moved',
	'record.movedText': 'This check now has a new address:',
	'corrections.verdictFrom': 'Verdict changed from <badge></badge>',
	'corrections.verdictTo': 'to <badge></badge>',
	'corrections.follow': 'Follow the changes by feed:',
	'corrections.rssLink': 'RSS',
	'corrections.atomLink': 'Atom',
	'corrections.feedTitle': '{site}: corrections and updates',
	'corrections.feedDescription':
		'Every correction and update to the checks of {site}, newest first.',
	'corrections.entryTitle': 'Updated: {claim}',
	'corrections.entryTitleVerdict': 'Verdict changed from {from} to {to}: {claim}',
	'corrections.entryTitleWithdrawn': 'Withdrawn: {claim}',
	'corrections.entryTitleRenamed': 'Moved: {claim}',
	'corrections.rss': '{site} corrections (RSS)',
	'corrections.atom': '{site} corrections (Atom)',
	/** Embed card page (perf, issue 22). */
	'embed.cardDescription':
		'A {site} fact-check card: the claim, its verdict ({verdict}) and a summary, with a link to the full check.',
} as const;
