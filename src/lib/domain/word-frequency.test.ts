import { describe, expect, it } from 'vitest';
import { DEFAULT_WORD_LIMIT, wordFrequencies } from './word-frequency.js';

describe('wordFrequencies', () => {
  it('drops stop words and groups inflections under one entry', () => {
    const result = wordFrequencies(['Föreningen ska vara självständig', 'Alla föreningar är olika', 'Föreningarna bestämmer själva', 'Vi och föreningarna']);
    expect(result[0]).toEqual({ word: 'föreningarna', count: 4 });
    const words = result.map((w) => w.word);
    for (const stop of ['ska', 'vara', 'alla', 'är', 'olika', 'vi', 'och']) expect(words).not.toContain(stop);
    expect(words.filter((w) => w.startsWith('förening'))).toHaveLength(1);
  });

  it('shows the most used written form, the alphabetically first on a tie', () => {
    expect(wordFrequencies(['förening', 'föreningar', 'föreningarna'])).toEqual([{ word: 'förening', count: 3 }]);
    expect(wordFrequencies(['Öppna beslut', 'öppna möten', 'Öppenhet'])).toEqual([
      { word: 'öppna', count: 3 },
      { word: 'beslut', count: 1 },
      { word: 'möten', count: 1 }
    ]);
  });

  it('keeps accents in the displayed form but counts folded spellings together', () => {
    expect(wordFrequencies(['Café-kvällar', 'café-kvällar för äldre', 'cafekvällar'])).toEqual([
      { word: 'café-kvällar', count: 3 },
      { word: 'äldre', count: 1 }
    ]);
  });

  it('counts a word once per post', () => {
    expect(wordFrequencies(['Dialog, dialog, dialog!', 'Mer dialog', 'Tillit och tillit'])).toEqual([
      { word: 'dialog', count: 2 },
      { word: 'tillit', count: 1 }
    ]);
  });

  it('sorts ties in Swedish alphabetical order: å, ä, ö after z', () => {
    const result = wordFrequencies(['Öppenhet', 'ansvar', 'Zoner', 'Ärlighet', 'Återkoppling', 'dialog', 'omtanke']);
    expect(result.map((w) => w.word)).toEqual(['ansvar', 'dialog', 'omtanke', 'zoner', 'återkoppling', 'ärlighet', 'öppenhet']);
  });

  it('keeps "år" and "ar" apart', () => {
    expect(wordFrequencies(['Varje år', 'varje ar'])).toEqual([
      { word: 'ar', count: 1 },
      { word: 'år', count: 1 }
    ]);
  });

  it('limits the list, 30 words by default', () => {
    const texts = Array.from({ length: 40 }, (_, i) => `ord${String(i).padStart(2, '0')}`);
    expect(wordFrequencies(texts)).toHaveLength(DEFAULT_WORD_LIMIT);
    expect(wordFrequencies(texts, { limit: 3 })).toHaveLength(3);
    expect(wordFrequencies(texts, { limit: 0 })).toEqual([]);
  });

  it('keeps the most frequent words; a cut among equals spares no letter range or script', () => {
    const latin = Array.from({ length: 30 }, (_, i) => `a${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ord`);
    const nordic = ['åkrar', 'åsar', 'ängar', 'älvar', 'öar', 'ödemarker', 'ölstugor', 'åldrar', 'ärenden', 'öden'];
    const arabic = ['التعاون', 'الحوار', 'الشفافية', 'الاستقلال', 'التنوع', 'الجودة', 'المشاركة', 'الثقة', 'الدعم', 'الاحترام'];
    const texts = ['dialog staden', 'dialog', ...latin, ...nordic, ...arabic];
    const words = wordFrequencies(texts, { limit: 20 }).map((w) => w.word);
    expect(words.slice(0, 1)).toEqual(['dialog']);
    expect(words).toHaveLength(20);
    expect(words.filter((w) => nordic.includes(w)).length).toBeGreaterThan(0);
    expect(words.filter((w) => arabic.includes(w)).length).toBeGreaterThan(0);
    expect(words.filter((w) => latin.includes(w)).length).toBeGreaterThan(0);
    expect(wordFrequencies([...texts].reverse(), { limit: 20 })).toEqual(wordFrequencies(texts, { limit: 20 }));
  });

  it('drops English and Arabic stop words in a Swedish workshop too', () => {
    const words = wordFrequencies(['The city and the associations', 'في الحوار مع البلدية', 'Dialog med staden']).map((w) => w.word);
    for (const stop of ['the', 'and', 'في', 'مع']) expect(words).not.toContain(stop);
    expect(words).toEqual(expect.arrayContaining(['city', 'associations', 'الحوار', 'البلدية', 'dialog', 'staden']));
  });

  it('is empty without content words', () => {
    expect(wordFrequencies([])).toEqual([]);
    expect(wordFrequencies(['Det är viktigt att vi kan', '👍'])).toEqual([]);
  });

  it('does not depend on the order of the texts', () => {
    const texts = ['Föreningarna bestämmer själva', 'Staden lyssnar på föreningarna', 'Dialog med staden', 'Stöd till föreningar'];
    expect(wordFrequencies([...texts].reverse())).toEqual(wordFrequencies(texts));
  });

  it('uses English stop words and stems for English', () => {
    expect(wordFrequencies(['Open decisions', 'Openness in each decision', 'The decisions are open'], { language: 'en' })).toEqual([
      { word: 'decisions', count: 3 },
      { word: 'open', count: 3 }
    ]);
  });
});
