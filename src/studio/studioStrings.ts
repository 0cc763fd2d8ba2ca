/**
 * The studio's interface strings, one file per language under languages/ (each checked against
 * English's keys by type and by test). Kept apart from src/i18n, which the reader's page and
 * the embed load: the studio's words must not weigh on them.
 */
import type { Locale } from '../i18n/strings.ts';
import { en, type StudioStrings } from './languages/en.ts';
import { fr } from './languages/fr.ts';
import { de } from './languages/de.ts';
import { es } from './languages/es.ts';
import { ar } from './languages/ar.ts';

export type { StudioStrings };

const ALL = { en, fr, de, es, ar };
/** Every language of the studio, whether or not the reader speaks it yet (the languages' test reads them all). */
export const STUDIO_LANGUAGES = ALL as Record<keyof typeof ALL, StudioStrings>;
export const STUDIO_STRINGS: Record<Locale, StudioStrings> = ALL;
