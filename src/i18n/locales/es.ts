/**
 * Español. Términos de calificación como los usan los verificadores de habla hispana
 * (Verdadero, Verdad a medias, Falso…). Mismas claves que en.ts: una clave que falte es un
 * error de tipos.
 */
import type { Dictionary } from '../index.ts';

export default {
	'meta.locale': 'es_MX',

	'site.titleHome': '{site}: verificaciones',
	'site.titlePage': '{title} | {site}',
	'site.desk': 'Redacción de {site}',
	'site.skipLink': 'Ir al contenido',
	'site.nav': 'Principal',
	'nav.claims': 'Afirmaciones',
	'nav.sources': 'Fuentes',
	'nav.verdicts': 'Calificaciones',
	'nav.methodology': 'Metodología',
	'nav.about': 'Quiénes somos',
	'nav.search': 'Buscar',
	'footer.publishedBy': '{site} es una publicación de {publisher}.',
	'footer.methodology': 'Cómo verificamos y calificamos',
	'footer.corrections': 'Política de correcciones',
	'footer.correctionsAnchor': 'correcciones',
	'footer.suggest': 'Sugiera una afirmación o una corrección',
	'feed.rss': '{site} (RSS)',
	'feed.atom': '{site} (Atom)',
	'feed.json': '{site} (JSON Feed)',
	'feed.summary': '{verdict}. Lo afirmó {claimant}. {summary}',

	'verdict.true': 'Verdadero',
	'verdict.true.meaning': 'La afirmación es correcta y no omite nada importante.',
	'verdict.mostly-true': 'Mayormente verdadero',
	'verdict.mostly-true.meaning':
		'La afirmación es correcta, pero necesita precisiones o información adicional.',
	'verdict.mixed': 'Verdad a medias',
	'verdict.mixed.meaning':
		'La afirmación es en parte correcta y en parte incorrecta, u omite contexto que cambia su sentido.',
	'verdict.mostly-false': 'Mayormente falso',
	'verdict.mostly-false.meaning':
		'La afirmación tiene algo de cierto, pero ignora datos que darían una impresión distinta.',
	'verdict.false': 'Falso',
	'verdict.false.meaning': 'La afirmación es incorrecta.',
	'verdict.unproven': 'Sin pruebas',
	'verdict.unproven.meaning':
		'Las pruebas a nuestro alcance no confirman ni desmienten la afirmación; la verificación explica qué falta.',

	'stance.asserts': 'Afirma',
	'stance.asserts.meaning': 'Presenta la afirmación con voz propia.',
	'stance.reports': 'Atribuye',
	'stance.reports.meaning': 'Recoge la afirmación, atribuida a otra persona, sin hacerla suya.',
	'stance.supports': 'Respalda',
	'stance.supports.meaning': 'Dice algo que apoya la afirmación sin enunciarla.',
	'stance.disputes': 'Contradice',
	'stance.disputes.meaning': 'Dice algo que contradice la afirmación o da otra versión de ella.',
	'stance.not-mentioned': 'No la menciona',
	'stance.not-mentioned.meaning': 'No se refiere a la afirmación.',
	'stance.asserts.test':
		'¿Quien leyera solo esta nota terminaría creyendo la afirmación, porque la nota la sostiene por sí misma?',
	'stance.reports.test':
		'¿Quien leyera solo esta nota sabría que alguien hizo la afirmación, sin que la nota la respalde?',
	'stance.supports.test':
		'¿Quien leyera solo esta nota terminaría creyendo la afirmación, aunque la nota nunca la enuncie completa?',
	'stance.disputes.test':
		'¿Quien leyera solo esta nota terminaría creyendo algo que no puede ser cierto si la afirmación lo es?',
	'stance.not-mentioned.test':
		'¿Quien leyera solo esta nota no sabría nada más, ni a favor ni en contra de la afirmación?',
	'stance.testLabel': 'La prueba:',

	'via.own-voice': 'con voz propia',
	'via.own-voice.meaning':
		'La nota hace la afirmación por sí misma; quien la hace es su autor, o el medio cuando no va firmada.',
	'via.quoted': 'cita textual',
	'via.quoted.meaning': 'La nota reproduce las palabras de quien hizo la afirmación.',
	'via.paraphrased': 'paráfrasis',
	'via.paraphrased.meaning':
		'La nota reformula con sus propias palabras lo que dijo quien hizo la afirmación.',
	'via.relayed': 'de segunda mano',
	'via.relayed.meaning':
		'La nota transmite la afirmación a partir de otro informe o de un intermediario.',

	'home.title': 'Afirmaciones',
	'home.description':
		'{topic}: {claims, plural, one {# afirmación verificada} other {# afirmaciones verificadas}} en {sources, plural, one {# nota periodística} other {# notas periodísticas}}, cada una con su calificación y sus pruebas.',
	'home.intro':
		'Verificamos {claims, plural, one {# afirmación} other {# afirmaciones}} de {sources, plural, one {# nota periodística} other {# notas periodísticas}}.',
	'home.introScale':
		'Cada verificación cita sus pruebas, reproduce textualmente lo que dice cada nota y califica la afirmación según <a>nuestra escala</a>.',
	'home.listLabel': 'afirmaciones',

	'listing.pageTitle': '{title} (página {page})',
	'listing.heading':
		'{count, plural, one {# afirmación} other {# afirmaciones}}, de la más reciente a la más antigua',
	'listing.headingPaged':
		'{count, plural, one {# afirmación} other {# afirmaciones}}, de la más reciente a la más antigua, página {page} de {pages}',
	'listing.empty': 'Todavía no hay afirmaciones.',
	'filters.heading': 'Filtrar las afirmaciones',
	'filters.byVerdict': 'Por calificación',
	'filters.bySource': 'Por nota de origen',
	'filters.countHidden': '{count, plural, one {afirmación} other {afirmaciones}}',
	'pagination.label': 'Páginas de {label}',
	'pagination.newer': 'Más recientes',
	'pagination.older': 'Anteriores',
	'pagination.page': 'Página',
	'claimCard.appeared': '{claimant}, en <a>{source}</a>.',
	'claimCard.checked': 'Verificada el <time>{date}</time>.',
	'claimCard.stances': 'Qué dicen las fuentes',
	'claimCard.silent': 'No la mencionan {count, plural, one {# fuente} other {# fuentes}}',

	'claim.eyebrow': 'Verificación',
	'claim.verdictHeading': 'Calificación',
	'claim.otherRated': 'Otras afirmaciones calificadas como «{verdict}»',
	'claim.claimedByVia': '{claimant} ({via})',
	'claim.claimedByRelayed': '{claimant} ({via}, vía {relayer})',
	'claim.undated': ' (la nota no tiene fecha)',
	'claim.analysis': 'Análisis',
	'claim.sourcesHeading':
		'{count, plural, one {La fuente, en detalle} other {Las # fuentes, en detalle}}',
	'claim.evidence': 'Pruebas',
	'claim.noEvidence':
		'Esta verificación se basa solo en las notas de origen; no encontramos otras pruebas. El análisis explica qué falta.',
	'claim.updateLog': 'Historial de cambios',
	'claim.openFile':
		'Esta verificación es un archivo de texto que cualquiera puede leer y proponer cambiar:',
	'claim.history': 'historial de {file}',
	'claim.edit': 'editarlo en el repositorio',
	'claim.related': 'Afirmaciones relacionadas',
	'claim.socialAlt': '{verdict}: «{claim}». Una verificación de {site}.',
	'claim.passageLink': 'Ver este pasaje en la copia archivada de la nota',
	'claim.attribution': '{claimant}, en <a>{source}</a>',
	'claim.correction': 'Actualizada el <time>{date}</time>:',
	'claim.correctionEarlier': 'Hasta el {date}, nuestra calificación era <badge></badge>.',
	'claim.correctionEarlierNow': 'Calificación anterior: <badge></badge>.',
	'claim.correctionLog': 'El historial de cambios completo',
	'claim.aboutHeading': 'Sobre esta verificación.',
	'claim.aboutClaimed': 'Lo afirmó {claimant} en <a>{source}</a>',
	'claim.aboutChecked': 'Verificó {author}; publicada el <time>{date}</time>.',
	'claim.aboutUpdated': 'Actualizada el <time>{date}</time>.',
	'claim.stancesHeading':
		'{count, plural, one {Qué dice la fuente} other {Qué dicen las # fuentes}}',
	'claim.passageShort': 'Ver el pasaje',
	'claim.passageIn': ' en {source}',
	'claim.silentLead': 'No la mencionan',
	'claim.silentEach': ' ({stance})',
	'claim.silentSeparator': ', ',
	'claim.updateEarlier': '(hasta entonces, calificada como «{verdict}»)',

	'scale.position': 'Escalón {step} de {steps} en nuestra escala, de «{worst}» a «{best}».',
	'scale.off': 'Fuera de nuestra escala, que va de «{worst}» a «{best}».',

	'sourceByline.noPublisher': 'Medio no indicado',
	'sourceByline.noAuthor': 'autor no indicado',
	'sourceByline.undated': 'sin fecha',
	'source.eyebrow': 'Nota de origen, copia archivada',
	'source.description':
		'Copia archivada de «{headline}», con {count, plural, one {el pasaje que citan} other {los # pasajes que citan}} nuestras verificaciones.',
	'source.publisher': 'Medio',
	'source.author': 'Autor',
	'source.published': 'Publicada',
	'source.datedAs': 'Fecha según la nota',
	'source.language': 'Idioma',
	'source.original': 'Original',
	'source.originalLink': 'la nota tal como se publicó',
	'source.notStated': 'no indicada',
	'source.archiveNote':
		'Conservamos el texto de abajo tal cual, como copia archivada. Los pasajes citados aparecen resaltados; la calificación que sigue a cada uno enlaza con la verificación que lo cita.',
	'source.removedNote':
		'Quitamos elementos de la página que no formaban parte de la nota: {lines}.',
	'source.claimsHeading': 'Afirmaciones verificadas en esta nota ({count})',
	'source.goToPassage': 'Ir al pasaje',
	'source.goToPassageFor': ' citado por la afirmación: {claim}',
	'source.allClaims':
		'{count, plural, one {La afirmación que cita} other {Las # afirmaciones que citan}} esta nota',
	'source.textHeading': 'Texto archivado',
	'source.morePassage': '+{count} más',
	'source.morePassageHidden': ' afirmaciones que citan este pasaje',
	'source.citeLink': 'Afirmación calificada como «{verdict}»: {claim}',
	'source.countsHeading': 'Esta nota en nuestras verificaciones',
	'source.verdictCounts': 'Calificaciones de las afirmaciones que trata',
	'source.stanceCounts': 'Qué hace la nota con ellas',
	'source.stanceHidden': 'Esta nota: ',
	'source.archiveSummary': 'Sobre esta copia archivada',

	'sources.title': 'Fuentes',
	'sources.description':
		'{count, plural, one {La nota periodística} other {Las # notas periodísticas}} que revisa esta edición, archivadas textualmente, y cómo trata cada una cada afirmación.',
	'sources.heading': '{count, plural, one {La nota de origen} other {Las # notas de origen}}',
	'sources.intro':
		'Esta edición verifica afirmaciones de {count, plural, one {una nota periodística} other {# notas periodísticas}}. Conservamos el texto de cada nota como copia archivada, para que cada cita pueda leerse en su contexto.',
	'sources.quotedIn':
		'Citada en {count} de {total, plural, one {# verificación} other {# verificaciones}}',
	'sources.matrixHeading': 'Afirmaciones por fuente',
	'sources.matrixHeadingPaged': 'Afirmaciones por fuente, página {page} de {pages}',
	'sources.stancesIntro': 'Qué dice cada nota sobre cada afirmación:',
	'sources.matrixLabel': 'la tabla de afirmaciones por fuente',
	'sourceClaims.title': 'Afirmaciones que citan «{source}»',
	'sourceClaims.heading': 'Afirmaciones que citan «<a>{source}</a>»',
	'sourceClaims.description':
		'{count, plural, one {# verificación cita} other {# verificaciones citan}} la nota «{headline}».',
	'sourceClaims.label': 'afirmaciones que citan esta nota',
	'matrix.caption':
		'La postura de cada nota ante cada afirmación. Elija una celda para leer el pasaje de la nota y nuestra lectura.',
	'matrix.claimColumn': 'Afirmación (calificación)',

	'verdicts.title': 'Calificaciones',
	'verdicts.description':
		'Nuestra escala de calificación y las afirmaciones que recibieron cada calificación.',
	'verdicts.intro':
		'Cada afirmación recibe una calificación de esta escala. Elija una para ver las afirmaciones que la recibieron.',
	'verdicts.count': '{count, plural, one {# afirmación} other {# afirmaciones}}',
	'verdicts.countHidden': ' calificadas como «{verdict}»',
	'verdict.pageTitle': 'Afirmaciones calificadas como «{verdict}»',
	'verdict.pageHeading': 'Afirmaciones calificadas como <badge></badge>',
	'verdict.pageDescription':
		'{count, plural, one {# afirmación calificada} other {# afirmaciones calificadas}} como «{verdict}»: {meaning}',

	'search.title': 'Buscar',
	'search.description':
		'Busque en todas las verificaciones y en las notas archivadas, y filtre por calificación y por nota de origen.',
	'search.label': 'Buscar en verificaciones y notas de origen',
	'search.button': 'Buscar',
	'search.noScript':
		'La búsqueda funciona en su navegador y necesita JavaScript, que está desactivado o no disponible. Aun así puede recorrer todas las verificaciones:',
	'search.byVerdict': 'por calificación:',
	'search.bySource': 'por nota de origen:',
	'search.typeClaim': 'Verificación',
	'search.filterType': 'tipo',
	'search.filterVerdict': 'calificación',
	'search.filterSource': 'fuente',
	'search.typeSource': 'Nota de origen',

	'notFound.title': 'Página no encontrada',
	'notFound.description': 'No hay ninguna página en esta dirección.',
	'notFound.text':
		'No hay ninguna página en esta dirección. Si llegó por un enlace a una verificación, puede que se haya movido; nuestras direcciones deberían ser fijas, así que le agradeceremos que nos avise.',
	'notFound.allClaims':
		'{count, plural, one {La verificación publicada} other {Las # verificaciones publicadas}}',
	'notFound.sources': 'Las notas de origen',
	'notFound.verdicts': 'Afirmaciones por calificación',
	'notFound.contact': 'Contacto con la redacción',

	'embed.heading': 'Inserte esta calificación',
	'embed.intro':
		'Muestre esta calificación en su sitio: la tarjeta presenta la afirmación, la calificación y nuestro resumen, enlaza con esta verificación y respeta el modo claro u oscuro de sus lectores. <a>Vea la tarjeta</a>. En los sitios compatibles con oEmbed, como WordPress, basta con la dirección de esta página.',
	'embed.copied': 'Copiado.',
	'embed.copyFallback': 'Pulse Ctrl+C (⌘C en Mac) para copiar.',
	'embed.iframe.label': 'Iframe',
	'embed.iframe.hint': 'Funciona en cualquier lugar que admita HTML.',
	'embed.iframe.button': 'Copiar el código del iframe',
	'embed.script.label': 'Script',
	'embed.script.hint':
		'Ajusta la altura de la tarjeta; sin JavaScript, los lectores ven un enlace.',
	'embed.script.button': 'Copiar el código del script',
	'embed.markdown.label': 'Distintivo (Markdown)',
	'embed.markdown.hint': 'Para archivos README, foros y wikis.',
	'embed.markdown.button': 'Copiar el código del distintivo',
	'embed.cardSite': 'Verificación de <b>{site}</b>',
	'embed.cardVerdict': 'Calificación: ',
	'embed.readMore': 'Lea la verificación completa en {site}',
	'embed.newTab': ' (se abre en una pestaña nueva)',
	'embed.frameTitle': 'Verificación de {site}, calificada como «{verdict}»: {claim}',
	'embed.scriptFrameTitle': 'Verificación de {site}: {claim}',
	'embed.quoteText': 'Calificada como «{verdict}» por {site}.',
	'embed.badgeAlt': 'Calificación de {site}: {verdict}',

	'card.factCheck': 'Verificación',
	'text.quoted': '«{claim}»',
	'badge.title': 'Calificación de {site}: {verdict}',

	'data.feedName': 'Fuente de datos ClaimReview',
	'data.recordTitle': 'Registro de afirmación de {site}, formato {version}',

	/** Página de la tarjeta para insertar (perf, issue 22). */
	'embed.cardDescription':
		'Tarjeta de verificación de {site}: la afirmación, su calificación («{verdict}») y un resumen, con el enlace a la nota completa.',
} satisfies Dictionary;
