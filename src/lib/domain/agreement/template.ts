/**
 * The structure a new draft starts from: the sections of a local agreement between a
 * municipality and its associations, as the seed lays it out (what an agreement is and why,
 * goals, who takes part, shared values, the principles, joining, organisation and follow-up,
 * and the activity plan). The headings are the organisers' to change; the text is theirs
 * and the working group's to write.
 */
import type { Section } from './types.js';

export const AGREEMENT_TEMPLATE: readonly Section[] = [
  { id: 'background', heading: { sv: 'Vad är en lokal överenskommelse?', en: 'What is a local agreement?', ar: 'ما هو الاتفاق المحلي؟' }, paragraphs: [] },
  { id: 'why', heading: { sv: 'Varför en överenskommelse hos oss?', en: 'Why an agreement here?', ar: 'لماذا اتفاق لدينا؟' }, paragraphs: [] },
  { id: 'goals', heading: { sv: 'Mål', en: 'Goals', ar: 'الأهداف' }, paragraphs: [] },
  {
    id: 'roles',
    heading: { sv: 'Vem är med? Föreningslivets och kommunens roller', en: 'Who takes part? The roles of associations and the municipality', ar: 'من يشارك؟ دور الجمعيات ودور البلدية' },
    paragraphs: []
  },
  { id: 'values', heading: { sv: 'Värdegrund för samverkan', en: 'Shared values for cooperation', ar: 'القيم المشتركة للتعاون' }, paragraphs: [] },
  { id: 'principles', heading: { sv: 'Principer för samverkan', en: 'Principles for cooperation', ar: 'مبادئ التعاون' }, paragraphs: [], role: 'principles' },
  { id: 'joining', heading: { sv: 'Anslutning', en: 'Joining the agreement', ar: 'الانضمام إلى الاتفاق' }, paragraphs: [] },
  { id: 'follow-up', heading: { sv: 'Organisation och uppföljning', en: 'Organisation and follow-up', ar: 'التنظيم والمتابعة' }, paragraphs: [] },
  { id: 'activities', heading: { sv: 'Aktivitetsplan', en: 'Activity plan', ar: 'خطة الأنشطة' }, paragraphs: [], role: 'activities' }
];

/** A fresh copy of the template, for a new agreement's first entry. */
export const templateSections = (): Section[] => structuredClone(AGREEMENT_TEMPLATE) as Section[];
