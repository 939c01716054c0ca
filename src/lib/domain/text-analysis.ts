/**
 * Swedish-aware text normalisation for the facilitator's merge suggestions and the
 * projector's word view. Pure functions: the same code runs on the server and in the browser.
 *
 * Pipeline: tokenize (NFC, lower case) → normalise (fold accents but not å/ä/ö, drop
 * joiners) → drop stop words → Snowball stem (+ a light Swedish post-pass).
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as swedishStemmer } from '@orama/stemmers/swedish';
import { ara, eng, swe } from 'stopword';
import type { Language } from './types.js';

/**
 * A word: letters, marks and digits, with inner hyphens and apostrophes kept, because a
 * Swedish hyphenated compound ("café-kvällar", "EU-medel") is one word, like "cafékvällar".
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const JOINERS = /[-'’]/g;

/** Lower-cased word tokens as written (accents and inner hyphens kept), in text order. */
export function tokenize(text: string, _language: Language = 'sv'): string[] {
  // The rules are the same for both languages; the parameter keeps call sites uniform.
  // toLowerCase, not toLocaleLowerCase, so the result does not depend on the host's ICU.
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

/** Base letter + marks that are letters of their own in Swedish: å, ä, ö (any case). */
const SWEDISH_LETTERS = new Set(['a\u030A', 'a\u0308', 'o\u0308']);
/** Danish/Norwegian spellings of ä and ö: fold to the Swedish letter, not to a/o. */
const NORDIC: Record<string, string> = { æ: 'ä', Æ: 'Ä', ø: 'ö', Ø: 'Ö' };

/**
 * Removes accents from Latin letters (é→e, ü→u, ç→c) but keeps å, ä and ö, which are
 * distinct Swedish letters: "år" (year) and "ar" must stay apart. Other scripts are left
 * alone (in Devanagari, say, the marks are vowels). Case is kept.
 */
export function foldDiacritics(text: string): string {
  return text
    .replace(/[æÆøØ]/g, (c) => NORDIC[c] ?? c)
    .normalize('NFD')
    .replace(/(\p{Script=Latin})(\p{M}+)/gu, (_, base: string, marks: string) =>
      SWEDISH_LETTERS.has((base + marks).toLowerCase()) ? base + marks : base
    )
    .normalize('NFC');
}

/** The comparable form of a token: lower case, folded, joiners removed ("café-kvällar" → "cafekvällar"). */
export function normalizeToken(token: string): string {
  return foldDiacritics(token.normalize('NFC').toLowerCase()).replace(JOINERS, '');
}

/**
 * Domain tweaks to the stopwords-iso lists. Removed: words that carry meaning in a
 * consultation about cooperation ("beslut" is listed as a stop word upstream).
 * Added: fillers common in workshop notes that the lists lack.
 */
const KEEP: Record<Language, readonly string[]> = {
  sv: ['beslut', 'beslutat', 'beslutit', 'tillsammans', 'själv'],
  en: []
};
const EXTRA: Record<Language, readonly string[]> = {
  sv: ['bör', 'borde', 'behöver', 'både', 'samt', 'hos', 'kring', 'sätt', 'ge', 'ger', 'hela', 'osv', 'dvs', 'mm', 'bla', 'tex', 'ex', 'exempelvis', 'per'],
  en: ['will', 'shall', 'may', 'us', 'its', 'need', 'needs', 'etc', 'eg', 'ie', 'dont']
};
/**
 * A Swedish meeting's posts come in English and Arabic too: their stop words go as well.
 * Not the other way round: Swedish stop words ("man", "by") are content words in English.
 */
const BASE: Record<Language, readonly string[]> = { sv: [...swe, ...eng, ...ara], en: [...eng, ...ara] };

const STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  sv: stopSet('sv'),
  en: stopSet('en')
};

function stopSet(language: Language): ReadonlySet<string> {
  const keep = new Set(KEEP[language]);
  return new Set([...BASE[language], ...EXTRA[language]].filter((w) => !keep.has(w)).map(normalizeToken));
}

/** Whether a token is a stop word (or too short to mean anything alone: "a", "5", list markers). */
export function isStopWord(token: string, language: Language = 'sv'): boolean {
  return isStopNormalized(normalizeToken(token), language);
}

function isStopNormalized(word: string, language: Language): boolean {
  return [...word].length < 2 || STOP_WORDS[language].has(word);
}

/**
 * Swedish Snowball is deliberately light: it strips one suffix and misses the definite
 * neuter "-et" ("stödet"), the definite "-n" after a vowel ("miljön", "ekonomin"), a
 * doubled "mm" ("medlemmar") and e-syncope ("öppen/öppna", "regel/regler"). This pass
 * strips those; the caller then runs Snowball once more so stacked endings meet
 * ("villkoren" → "villkor" → "villk").
 * An occasional collision ("handel"/"hand") is harmless for suggestions and counts.
 */
function swedishPostPass(stem: string): string {
  let s = stem;
  for (let i = 0; i < 2 && s.length >= 5 && s.endsWith('et'); i++) s = s.slice(0, -2);
  if (s.endsWith('mm')) s = s.slice(0, -1); // Snowball undoubles tt, nn, … but not mm
  // Not after n/l/r without the e, so "barn" and "kväll" stay whole.
  const syncope = /[^aeiouyåäö](?:e[nlr]|(?<![nlr])[nlr])$/.exec(s);
  if (syncope && syncope.index >= 2) return s.slice(0, syncope.index + 1);
  return s.length >= 4 && /[aeiouyåäö]n$/.test(s) ? s.slice(0, -1) : s;
}

/** The stem of one token, after normalisation. */
export function stem(token: string, language: Language = 'sv'): string {
  return stemNormalized(normalizeToken(token), language);
}

function stemNormalized(word: string, language: Language): string {
  return language === 'sv' ? swedishStemmer(swedishPostPass(swedishStemmer(word))) : englishStemmer(word);
}

/** A content word of a text: how it was written (lower case) and the key it is grouped by. */
export interface Term {
  surface: string;
  key: string;
}

/** Content words in text order, duplicates kept: stop words dropped, each with its stem. */
export function terms(text: string, language: Language = 'sv'): Term[] {
  const out: Term[] = [];
  for (const surface of tokenize(text, language)) {
    const word = normalizeToken(surface);
    if (!isStopNormalized(word, language)) out.push({ surface, key: stemNormalized(word, language) });
  }
  return out;
}

/** The set of stems that make up what a text is about. */
export function keyTerms(text: string, language: Language = 'sv'): Set<string> {
  return new Set(terms(text, language).map((t) => t.key));
}

/** All tokens normalised and joined: equal for texts that differ only in case, accents or punctuation. */
export function normalizeText(text: string, language: Language = 'sv'): string {
  return tokenize(text, language).map(normalizeToken).join(' ');
}
