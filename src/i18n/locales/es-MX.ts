/**
 * Español de México: solo los mensajes que cambian respecto de es.ts; los demás se toman de
 * es.ts, y los que falten allí, de en.ts (es-MX -> es -> en). Números y fechas siguen la
 * etiqueta completa (Intl, es-MX). Términos y razones: docs/glossary-es.md.
 */
import type { RegionalDictionary } from '../dictionary.ts';

export default {
	// En México se presiona (u oprime) una tecla; "pulsar" es de España.
	'embed.copyFallback': 'Presione Ctrl+C (⌘C en Mac) para copiar.',
} satisfies RegionalDictionary;
