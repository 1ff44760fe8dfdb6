/**
 * Español, como lo publica una redacción de verificación: la nota (o el artículo) es
 * lo que publicó un medio; las fuentes son lo que consultamos. Los términos elegidos y sus
 * razones están en docs/glossary-es.md. Mismas claves que en.ts: una clave que falte es un
 * error de tipos. Un diccionario regional (es-MX.ts) guarda solo lo que cambia respecto de este.
 */
import type { Dictionary } from '../dictionary.ts';

export default {
	'site.titleHome': '{site}: verificaciones',
	'site.titlePage': '{title} | {site}',
	'site.desk': 'Redacción de {site}',
	'site.skipLink': 'Ir al contenido',
	'site.nav': 'Principal',
	'language.switch': 'Idioma',
	'language.untranslated': '<name>{language}</name>: aún sin traducción',
	'translation.note': 'Traducido del {language} por {translator} el <time>{date}</time>.',
	'translation.original': 'Leer el original en {language}',
	'translation.originalClaim': 'La afirmación, tal como se verificó en {language}:',
	'translation.stale':
		'El original se actualizó el <time>{date}</time>, después de esta traducción.',
	'translation.staleVerdict': 'La calificación que se muestra es la vigente.',
	'translation.rendering': 'Traducción nuestra:',
	'nav.claims': 'Afirmaciones',
	'nav.sources': 'Notas',
	'nav.verdicts': 'Calificaciones',
	'nav.methodology': 'Metodología',
	'nav.about': 'Quiénes somos',
	'nav.search': 'Buscar',
	'path.claims': 'verificaciones',
	'path.sources': 'notas',
	'path.verdicts': 'calificaciones',
	'path.claimants': 'quien-lo-dijo',
	'path.topics': 'temas',
	'path.corrections': 'correcciones',
	'path.search': 'buscar',
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
	'verdict.mostly-true': 'Verdadero, pero…',
	'verdict.mostly-true.meaning':
		'La afirmación es correcta, pero necesita precisiones o información adicional.',
	'verdict.mixed': 'Verdad a medias',
	'verdict.mixed.meaning':
		'La afirmación es en parte correcta y en parte incorrecta, u omite contexto que cambia su sentido.',
	'verdict.mostly-false': 'Engañoso',
	'verdict.mostly-false.meaning':
		'La afirmación tiene algo de cierto, pero ignora datos que darían una impresión distinta.',
	'verdict.false': 'Falso',
	'verdict.false.meaning': 'La afirmación es incorrecta.',
	'verdict.unproven': 'No comprobable',
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
	'stance.testLabel': 'La pregunta clave:',

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
		'La nota transmite la afirmación a partir de otra nota o de un intermediario.',

	'home.title': 'Afirmaciones',
	'home.description':
		'{topic}: {claims, plural, one {# afirmación publicada} other {# afirmaciones publicadas}} en {sources, plural, one {# nota periodística} other {# notas periodísticas}}, {claims, plural, one {verificada, con su calificación y sus pruebas} other {verificadas una por una, cada una con su calificación y sus pruebas}}.',
	'home.intro':
		'Verificamos {claims, plural, one {# afirmación} other {# afirmaciones}} de {sources, plural, one {# nota periodística} other {# notas periodísticas}}.',
	'home.introScale':
		'Cada verificación cita sus pruebas, reproduce textualmente lo que dice cada nota y califica la afirmación según <a>nuestra escala</a>.',
	'home.listLabel': 'afirmaciones',

	'listing.pageTitle': '{title} (página {page})',
	'listing.heading':
		'{count, plural, one {# afirmación} other {# afirmaciones, de la más reciente a la más antigua}}',
	'listing.headingPaged':
		'{count, plural, one {# afirmación} other {# afirmaciones, de la más reciente a la más antigua}}, página {page} de {pages}',
	'listing.empty': 'Todavía no hay afirmaciones.',
	'filters.heading': 'Filtrar las afirmaciones',
	'filters.byVerdict': 'Por calificación',
	'filters.bySource': 'Por nota',
	'filters.countHidden': '{count, plural, one {afirmación} other {afirmaciones}}',
	'pagination.label': 'Páginas de {label}',
	'pagination.newer': 'Más recientes',
	'pagination.older': 'Más antiguas',
	'pagination.page': 'Página',
	'claimCard.appeared': '{claimant}, en <a>{source}</a>.',
	'claimCard.checked': 'Verificada el <time>{date}</time>.',
	'claimCard.stances': 'Qué dicen las notas',
	'claimCard.silent':
		'{count, plural, one {# nota no la menciona} other {# notas no la mencionan}}',

	'claim.eyebrow': 'Verificación',
	'claim.verdictHeading': 'Calificación',
	'claim.otherRated': 'Otras afirmaciones calificadas como {verdict, quote}',
	'claim.claimedByVia': '{claimant} ({via})',
	'claim.claimedByRelayed': '{claimant} ({via}, vía {relayer})',
	'claim.analysis': 'Análisis',
	'claim.sourcesHeading':
		'{count, plural, one {La nota, en detalle} other {Las # notas, en detalle}}',
	'claim.evidence': 'Pruebas',
	'claim.noEvidence':
		'Esta verificación se basa solo en las notas; no encontramos otras pruebas. El análisis explica qué falta.',
	'claim.updateLog': 'Historial de cambios',
	'claim.openFile':
		'Esta verificación es un archivo de texto que cualquiera puede leer y proponer cambiar:',
	'claim.history': 'historial de {file}',
	'claim.edit': 'editarlo en el repositorio',
	'claim.related': 'Afirmaciones relacionadas',
	'claim.socialAlt': 'Verificación de {site}, calificada como {verdict, quote}: {claim, quote}',
	'claim.passageLink': 'Ver este pasaje en la copia archivada de la nota',
	'claim.attribution': '{claimant}, en <a>{source}</a>',
	'claim.correction': 'Actualizada el <time>{date}</time>:',
	'claim.correctionEarlier': 'Hasta el {date}, nuestra calificación era <badge></badge>.',
	'claim.correctionEarlierNow': 'Calificación anterior: <badge></badge>.',
	'claim.correctionLog': 'El historial de cambios completo',
	'claim.aboutHeading': 'Sobre esta verificación.',
	'claim.aboutClaimedOn':
		'Lo afirmó {claimant} en <a>{source}</a>, nota publicada el <time>{date}</time>.',
	'claim.aboutClaimedUndated': 'Lo afirmó {claimant} en <a>{source}</a>, nota sin fecha.',
	'claim.aboutChecked': 'Verificó {author}; publicada el <time>{date}</time>.',
	'claim.aboutUpdated': 'Actualizada el <time>{date}</time>.',
	'claim.stancesHeading': '{count, plural, one {Qué dice la nota} other {Qué dicen las # notas}}',
	'claim.passageShort': 'Ver el pasaje',
	'claim.passageIn': ' en {source}',
	'claim.silentLead': '{count, plural, one {No la menciona:} other {No la mencionan:}}',
	'claim.silentEach': ' ({stance})',
	'claim.silentSeparator': ', ',
	'claim.updateEarlier': '(hasta entonces, calificada como {verdict, quote})',

	'scale.position':
		'Nivel {step} de {steps} en nuestra escala, que va de {worst, quote} a {best, quote}.',
	'scale.off': 'Fuera de nuestra escala, que va de {worst, quote} a {best, quote}.',

	'sourceByline.noPublisher': 'Medio no identificado',
	'sourceByline.noAuthor': 'sin firma',
	'sourceByline.undated': 'sin fecha',
	'source.eyebrow': 'Nota periodística, copia archivada',
	'source.description':
		'Copia archivada de {headline, quote}, con {count, plural, one {el pasaje que citan} other {los # pasajes que citan}} nuestras verificaciones.',
	'source.publisher': 'Medio',
	'source.author': 'Autoría',
	'source.published': 'Publicación',
	'source.datedAs': 'Fecha según la nota',
	'source.language': 'Idioma',
	'source.original': 'Original',
	'source.originalLink': 'la nota tal como se publicó',
	'source.notStated': 'no consta',
	'source.archiveNote':
		'Conservamos el texto de abajo tal cual, como copia archivada. Los pasajes citados aparecen resaltados; la calificación que sigue a cada uno enlaza con la verificación que lo cita.',
	'source.removedNote': 'Quitamos elementos de la página que no eran parte de la nota: {lines}.',
	'source.claimsHeading': 'Afirmaciones de esta nota que verificamos ({count})',
	'source.goToPassage': 'Ir al pasaje',
	'source.goToPassageFor': ' que cita la afirmación: {claim}',
	'source.allClaims':
		'{count, plural, one {La afirmación que cita} other {Las # afirmaciones que citan}} esta nota',
	'source.textHeading': 'Texto archivado',
	'source.morePassage':
		'{count, plural, one {+# más<hidden>: otra afirmación cita este pasaje</hidden>} other {+# más<hidden>: otras # afirmaciones citan este pasaje</hidden>}}',
	'source.citeLink': 'Afirmación calificada como {verdict, quote}: {claim}',
	'source.countsHeading': 'Esta nota en nuestras verificaciones',
	'source.verdictCounts': 'Calificaciones de las afirmaciones que trata',
	'source.stanceCounts': 'Cómo las trata la nota',
	'source.stanceHidden': 'Esta nota: ',
	'source.archiveSummary': 'Sobre esta copia archivada',
	'source.correctionsHeading': 'Correcciones a esta copia archivada',
	'source.earlierTextLinked':
		'El texto de abajo ya está corregido. Todas las versiones anteriores se conservan en el repositorio: <a>historial de {file}</a>.',
	'source.earlierText':
		'El texto de abajo ya está corregido. Todas las versiones anteriores se conservan en el historial del repositorio.',

	'sources.title': 'Notas',
	'sources.description':
		'{count, plural, one {La nota periodística que revisa esta edición, archivada textualmente, y cómo trata cada afirmación.} other {Las # notas periodísticas que revisa esta edición, archivadas textualmente, y cómo trata cada una cada afirmación.}}',
	'sources.heading':
		'{count, plural, one {La nota periodística} other {Las # notas periodísticas}}',
	'sources.intro':
		'Esta edición verifica afirmaciones de {count, plural, one {una nota periodística} other {# notas periodísticas}}. Conservamos el texto de cada nota como copia archivada, para que cada cita pueda leerse en su contexto.',
	'sources.quotedIn':
		'Citada en {count} de {total, plural, one {# verificación} other {# verificaciones}}',
	'sources.matrixHeading': 'Afirmaciones por nota',
	'sources.matrixHeadingPaged': 'Afirmaciones por nota, página {page} de {pages}',
	'sources.stancesIntro': 'Qué dice cada nota sobre cada afirmación:',
	'sources.matrixLabel': 'la tabla de afirmaciones por nota',
	'sourceClaims.title': 'Afirmaciones que citan {source, quote}',
	'sourceClaims.heading': 'Afirmaciones que citan <a>{source, quote}</a>',
	'sourceClaims.description':
		'{count, plural, one {# verificación cita} other {# verificaciones citan}} la nota {headline, quote}.',
	'sourceClaims.label': 'afirmaciones que citan esta nota',
	'matrix.caption':
		'La postura de cada nota ante cada afirmación. Elija una celda para leer el pasaje de la nota y nuestra lectura.',
	'matrix.claimColumn': 'Afirmación (calificación)',

	'verdicts.title': 'Calificaciones',
	'verdicts.description':
		'Nuestra escala de calificación y las afirmaciones que recibieron cada calificación.',
	'verdicts.intro':
		'Cada afirmación recibe una calificación de esta escala. Elija una para ver las afirmaciones que la recibieron.',
	'verdicts.count':
		'{count, plural, one {# afirmación<hidden> calificada como {verdict, quote}</hidden>} other {# afirmaciones<hidden> calificadas como {verdict, quote}</hidden>}}',
	'verdict.pageTitle': 'Afirmaciones calificadas como {verdict, quote}',
	'verdict.pageHeading': 'Afirmaciones calificadas como <badge></badge>',
	'verdict.pageDescription':
		'{count, plural, one {# afirmación calificada} other {# afirmaciones calificadas}} como {verdict, quote}: {meaning}',

	'search.title': 'Buscar',
	'search.description':
		'Busque en todas las verificaciones y en las notas archivadas, y filtre por calificación y por nota.',
	'search.label': 'Buscar en verificaciones y notas',
	'search.button': 'Buscar',
	'search.noScript':
		'La búsqueda funciona en su navegador y necesita JavaScript, que está desactivado o no disponible. Aun así puede recorrer todas las verificaciones:',
	'search.byVerdict': 'por calificación:',
	'search.bySource': 'por nota:',
	'search.typeClaim': 'Verificación',
	'search.filterType': 'tipo',
	'search.filterVerdict': 'calificación',
	'search.filterSource': 'nota',
	'search.typeSource': 'Nota periodística',

	'notFound.title': 'Página no encontrada',
	'notFound.description': 'No hay ninguna página en esta dirección.',
	'notFound.text':
		'No hay ninguna página en esta dirección. Si llegó por un enlace a una verificación, puede que se haya movido; nuestras direcciones deberían ser fijas, así que le agradeceremos que nos avise.',
	'notFound.allClaims':
		'{count, plural, one {La verificación publicada} other {Las # verificaciones publicadas}}',
	'notFound.sources': 'Las notas periodísticas',
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
	'embed.frameTitle': 'Verificación de {site}, calificada como {verdict, quote}: {claim}',
	'embed.scriptFrameTitle': 'Verificación de {site}: {claim}',
	'embed.quoteText': 'Calificada como {verdict, quote} por {site}.',
	'embed.badgeAlt': 'Calificación de {site}: {verdict}.',
	'embed.withdrawnLink': 'Por qué retiramos esta verificación',
	'embed.withdrawnFrameTitle': 'Verificación de {site}, retirada: {claim}',

	'card.factCheck': 'Verificación',
	'text.quoted': '“{text}”',
	'badge.title': 'Calificación de {site}: {verdict}',
	'badge.withdrawn': 'Retirada',

	'data.feedName': 'Datos ClaimReview de las verificaciones',
	'data.recordTitle': 'Registro de afirmación de {site}, formato {version}',

	'newClaim.articleHeading': 'Qué dice la nota',
	'newClaim.recordHeading': 'Qué dicen los datos',
	'newClaim.verdictHeading': 'Calificación',
	'newClaim.firstUpdate': 'Primera publicación.',

	'devNotice.draft': 'Borrador sin terminar',
	'devNotice.notReady': 'Aviso: todavía no se puede publicar',
	'devNotice.lead':
		'Solo {dev} muestra esta página: {build} rechaza el archivo hasta que se corrija lo siguiente.',
	// Contacto y rendición de cuentas: cómo llegar a la redacción; una edición de demostración lo dice.
	'contact.heading': 'Contacto con la redacción',
	'contact.email': 'Escriba a la redacción: {email}',
	'contact.form': 'Escríbanos mediante nuestro formulario de contacto',
	'contact.issues':
		'Sugiera una afirmación o reporte un error en nuestro registro público de incidencias',
	'contact.reportError': 'Reporte un error en esta verificación',
	'contact.reportSubject': 'Error en la verificación {url}',
	'demo.notice':
		'Esta es una edición de demostración: muestra cómo funciona el sitio y todavía no se publica en su dirección definitiva.',
	// Quién afirma, la consulta a quien afirma y el registro de las pruebas (issue 20).
	'claimant.unidentified': 'un sitio web no identificado',
	'claimant.pageAddress': 'la página',
	'asked.heading': '¿Consultamos a quien lo afirmó?',
	'asked.on': 'El <time>{date}</time> pedimos a {whom} las pruebas en que se basa la afirmación.',
	'asked.answer': 'Respuesta: {answer}',
	'asked.noAnswer': 'Todavía no recibimos respuesta; si llega, la agregaremos aquí.',
	'asked.notAsked': 'No pedimos pruebas a quien hizo la afirmación.',
	'evidence.described': '(descripción nuestra: no pudimos leer el título)',
	'evidence.accessed': 'Consultado el <time>{date}</time>.',
	'evidence.archived': 'Copia archivada',
	// Lectores (issue 24): páginas de quién lo dijo, temas y el registro de correcciones.
	'footer.claimants': 'Quién lo dijo',
	'footer.topics': 'Temas',
	'footer.correctionsLog': 'Correcciones y actualizaciones',
	'claimants.title': 'Quién lo dijo',
	'claimants.description':
		'Las personas y organizaciones cuyas afirmaciones verificamos, cada una con sus afirmaciones y las calificaciones que recibieron.',
	'claimants.intro':
		'Cada persona u organización cuyas afirmaciones verificamos tiene una página con esas afirmaciones y el recuento de sus calificaciones.',
	'claimants.count':
		'{count, plural, one {# afirmación verificada} other {# afirmaciones verificadas}}',
	'claimants.listLabel': 'quién lo dijo',
	'claimants.headingPaged': 'Quién lo dijo, página {page} de {pages}',
	'claimants.unidentifiedName': 'sitios web no identificados',
	'claimant.type.person': 'Persona',
	'claimant.type.organization': 'Organización',
	'claimant.type.unidentified': 'Sitios web sin autoría identificada',
	'claimant.unidentifiedIntro':
		'Estas afirmaciones aparecieron en sitios web que no firman sus textos ni dicen qué organización los publica. Las reunimos en una sola página porque no podemos decir quién está detrás de cada una.',
	'claimant.pageTitle': 'Afirmaciones de {name}',
	'claimant.description':
		'{count, plural, one {La afirmación} other {Las # afirmaciones}} de {name} que verificamos, con la calificación de cada una.',
	'claimant.listLabel': 'afirmaciones de {name}',
	'claimant.scorecardHeading': 'Nuestras calificaciones',
	'claimant.scorecardCaption':
		'Calificaciones de {count, plural, one {la afirmación} other {las # afirmaciones}} de {name} que verificamos',
	'claimant.verdictColumn': 'Calificación',
	'claimant.countColumn': 'Afirmaciones',
	'claimant.notSample':
		'Elegimos qué verificar por el alcance de cada afirmación y lo que está en juego, no al azar. Estas cifras describen nuestras verificaciones, no todo lo que dice {name}.',
	'claimant.sameAs': 'En otros sitios:',
	'claim.topics': 'Temas:',
	'topics.title': 'Temas',
	'topics.description':
		'Los temas que cubren nuestras verificaciones, cada uno con sus afirmaciones.',
	'topics.intro':
		'Consulte las verificaciones por tema. Una misma afirmación puede estar en más de un tema.',
	'topics.count': '{count, plural, one {# afirmación} other {# afirmaciones}}',
	'topics.rowLabel': 'Explore por tema',
	'topic.pageTitle': 'Afirmaciones sobre {topic}',
	'topic.listLabel': 'afirmaciones sobre {topic}',
	'corrections.title': 'Correcciones y actualizaciones',
	'corrections.description':
		'Cada registro de nuestras verificaciones, del más reciente al más antiguo: su publicación, cada corrección o actualización posterior con cada cambio de calificación, y cada verificación retirada o con nueva dirección.',
	'corrections.intro':
		'Cuando publicamos una verificación, y cada vez que la modificamos después, lo advertimos en la propia verificación y lo registramos aquí, empezando por lo más reciente. Si el cambio modificó la calificación, se indica cuál tenía antes y cuál tiene después. Una verificación que retiramos conserva su dirección, donde explicamos por qué.',
	'corrections.heading':
		'{count, plural, one {# registro} other {# registros}}, del más reciente al más antiguo',
	'corrections.headingPaged':
		'{count, plural, one {# registro} other {# registros}}, del más reciente al más antiguo, página {page} de {pages}',
	'corrections.empty': 'Todavía no hemos publicado ninguna verificación.',
	'corrections.listLabel': 'correcciones y actualizaciones',
	'corrections.kind.update': 'Actualización',
	'corrections.kind.withdrawn': 'Verificación retirada',
	'corrections.kind.renamed': 'Verificación con nueva dirección',
	'corrections.kind.published': 'Publicación',
	'corrections.entryTitlePublished': 'Publicada: {claim}',
	'record.withdrawnEyebrow': 'Verificación retirada',
	'record.withdrawnTitle': 'Retiramos esta verificación',
	'record.withdrawnDescription':
		'Retiramos nuestra verificación de la afirmación {claim, quote}: cuándo, por qué y qué decía.',
	'record.withdrawnOn': 'Retirada el <time>{date}</time>. Motivo:',
	'record.claimHeading': 'La afirmación, tal como la publicamos',
	'record.formerVerdict': 'Nuestra calificación hasta que la retiramos: <badge></badge>',
	'record.published': 'Publicada por primera vez el <time>{date}</time>.',
	'record.correctionsLink': 'Todas las correcciones y actualizaciones de nuestras verificaciones',
	'record.movedTitle': 'Esta verificación cambió de dirección',
	'record.movedText': 'Ahora puede consultarla en esta dirección:',
	'corrections.verdictFrom': 'La calificación pasó de <badge></badge>',
	'corrections.verdictTo': 'a <badge></badge>',
	'corrections.follow': 'Siga los cambios por canal de noticias:',
	'corrections.rssLink': 'RSS',
	'corrections.atomLink': 'Atom',
	'corrections.feedTitle': '{site}: correcciones y actualizaciones',
	'corrections.feedDescription':
		'Todas las correcciones y actualizaciones de las verificaciones de {site}, de la más reciente a la más antigua.',
	'corrections.entryTitle': 'Actualizada: {claim}',
	'corrections.entryTitleVerdict': 'Cambió la calificación de {from, quote} a {to, quote}: {claim}',
	'corrections.entryTitleWithdrawn': 'Retirada: {claim}',
	'corrections.entryTitleRenamed': 'Nueva dirección: {claim}',
	'corrections.rss': 'Correcciones de {site} (RSS)',
	'corrections.atom': 'Correcciones de {site} (Atom)',
	/** Página de la tarjeta para insertar (perf, issue 22). */
	'embed.cardDescription':
		'Tarjeta de verificación de {site}: la afirmación, su calificación ({verdict, quote}) y un resumen, con el enlace a la verificación completa.',
} satisfies Dictionary;
