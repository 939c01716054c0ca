import { describe, expect, it } from 'vitest';
import { foldDiacritics, isStopWord, keyTerms, normalizeText, normalizeToken, stem, terms, tokenize } from './text-analysis.js';

describe('tokenize', () => {
  it('lower-cases and splits on punctuation and whitespace', () => {
    expect(tokenize('Dialog, dialog!  DIALOG? (Staden)/föreningslivet – 2024')).toEqual([
      'dialog',
      'dialog',
      'dialog',
      'staden',
      'föreningslivet',
      '2024'
    ]);
  });

  it('composes to NFC, so a decomposed å is one letter', () => {
    expect(tokenize('Vart A\u030Ar')).toEqual(['vart', 'år']);
  });

  it('keeps hyphenated compounds and inner apostrophes as one word, drops emoji', () => {
    expect(tokenize('Café-kvällar för EU-medel 🙂 – don’t')).toEqual(['café-kvällar', 'för', 'eu-medel', 'don’t']);
  });

  it('returns nothing for text without words', () => {
    expect(tokenize('  🙏 … !!! ')).toEqual([]);
  });
});

describe('foldDiacritics', () => {
  it('folds accents that are not letters of their own in Swedish', () => {
    expect(foldDiacritics('idé café naïve Müller garçon Crème')).toBe('ide cafe naive Muller garcon Creme');
  });

  it('keeps å, ä and ö in either case and either Unicode form', () => {
    expect(foldDiacritics('år Ärende Öppenhet')).toBe('år Ärende Öppenhet');
    expect(foldDiacritics('a\u030Ar')).toBe('år');
  });

  it('leaves marks of other scripts alone', () => {
    expect(foldDiacritics('हिंदी')).toBe('हिंदी');
  });

  it('spells Danish and Norwegian æ, ø the Swedish way', () => {
    expect(foldDiacritics('Ærø søster')).toBe('Ärö söster');
  });
});

describe('normalizeToken', () => {
  it('lower-cases, folds and joins compounds', () => {
    expect(normalizeToken('Café-Kvällar')).toBe('cafekvällar');
    expect(normalizeToken('cafékvällar')).toBe('cafekvällar');
  });
});

describe('isStopWord', () => {
  it.each(['och', 'att', 'det', 'är', 'kan', 'ska', 'också', 'Även'])('Swedish list: %s', (word) => {
    expect(isStopWord(word, 'sv')).toBe(true);
  });

  it('adds workshop fillers missing from the list', () => {
    for (const word of ['bör', 'samt', 'behöver', 'per']) expect(isStopWord(word, 'sv')).toBe(true);
  });

  it('keeps words that carry meaning in a consultation', () => {
    for (const word of ['beslut', 'tillsammans', 'varandra', 'förening', 'år', 'stöd']) expect(isStopWord(word, 'sv')).toBe(false);
  });

  it('treats single characters as stop words', () => {
    expect(isStopWord('5')).toBe(true);
    expect(isStopWord('x')).toBe(true);
  });

  it('uses the English list for English, and the English and Arabic lists in Swedish workshops too', () => {
    expect(isStopWord('the', 'en')).toBe(true);
    expect(isStopWord('will', 'en')).toBe(true);
    expect(isStopWord('the', 'sv')).toBe(true);
    expect(isStopWord('في', 'sv')).toBe(true);
    expect(isStopWord('في', 'en')).toBe(true);
    // Swedish stop words stay content words in English.
    expect(isStopWord('man', 'sv')).toBe(true);
    expect(isStopWord('man', 'en')).toBe(false);
    expect(isStopWord('openness', 'en')).toBe(false);
  });
});

describe('stem', () => {
  const sameStem = (words: string[], language: 'sv' | 'en' = 'sv') => new Set(words.map((w) => stem(w, language))).size;

  it.each([
    [['förening', 'föreningar', 'föreningarna', 'föreningens']],
    [['verksamhet', 'verksamheten']],
    [['stöd', 'stödet']],
    [['samarbete', 'samarbetet']],
    [['öppen', 'öppna', 'öppet', 'öppenhet']],
    [['regel', 'regler']],
    [['villkor', 'villkoren', 'villkorens']],
    [['ansvar', 'ansvaret']],
    [['samhälle', 'samhället', 'samhällen', 'samhällena']],
    [['miljö', 'miljön']],
    [['medlem', 'medlemmar', 'medlemmarna']],
    [['rum', 'rummet']],
    [['ekonomi', 'ekonomin']],
    [['idé', 'idén', 'idéer']],
    [['beslut', 'besluten']],
    [['Café-kvällar', 'cafekvällar', 'cafékväll']]
  ])('groups the Swedish family %j', (words) => {
    expect(sameStem(words)).toBe(1);
  });

  it('groups English inflections', () => {
    expect(sameStem(['decision', 'decisions'], 'en')).toBe(1);
    expect(sameStem(['open', 'openness'], 'en')).toBe(1);
  });

  it('keeps unrelated Swedish words apart', () => {
    expect(sameStem(['förening', 'dialog', 'kommun', 'insyn', 'år', 'ar', 'barn', 'bar', 'kväll', 'kval'])).toBe(10);
  });
});

describe('keyTerms', () => {
  it('is the stems of the content words', () => {
    expect(keyTerms('Föreningarna bestämmer själva över sin verksamhet')).toEqual(
      keyTerms('Att föreningar själva bestämmer över verksamheten')
    );
  });

  it('does not fold å into a: "år" is not "ar"', () => {
    expect(keyTerms('Varje år')).toEqual(new Set(['år']));
    expect(keyTerms('Varje ar')).not.toEqual(keyTerms('Varje år'));
  });

  it('is empty for a text of stop words only', () => {
    expect(keyTerms('Det är viktigt att vi kan och ska göra det')).toEqual(new Set());
  });

  it('keeps the written form beside the stem', () => {
    expect(terms('Stödet till föreningarna')).toEqual([
      { surface: 'stödet', key: stem('stöd') },
      { surface: 'föreningarna', key: 'förening' }
    ]);
  });
});

describe('normalizeText', () => {
  it('ignores case, accents other than åäö, punctuation and hyphens, but keeps stop words', () => {
    expect(normalizeText('Café-kvällar för ÄLDRE!')).toBe(normalizeText('cafekvällar, för äldre'));
    expect(normalizeText('Café-kvällar för äldre')).not.toBe(normalizeText('Café-kvällar äldre'));
  });
});
