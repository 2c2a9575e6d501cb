import type { Localized } from '../i18n.ts';

/** Which source document a text rests on. */
export type Source = 'hubs' | 'mrc' | 'ecampus';

/**
 * Where a page or item comes from: the handbook, its section and the line range of the
 * project's text extraction (seeds/000 for the hubs handbook, seeds/004 for the MRC handbook).
 */
export type Citation = { source: Source; section: Localized; lines: string };

/** The kinds of checklist items. */
export type ItemType = 'read' | 'quiz' | 'scenario' | 'signoff' | 'external';

/** Real work that completes an item by itself, with the record as evidence. */
export type AutoRule =
  | 'first_case'
  | 'first_activity'
  | 'directory_sectors'
  | 'first_referral_closed'
  | 'first_mca_check_in';

/** One option of a knowledge-check question. */
export type QuizOption = { id: string; text: Localized };

/**
 * A knowledge-check question as every page may have it: its answer is apart (`QuizAnswer`,
 * answers.ts), for the server only.
 */
export type QuizQuestion = {
  id: string;
  prompt: Localized;
  options: QuizOption[];
  /** Several options are right: a "choose all that apply" question. */
  multiple: boolean;
};

/** A question's answer: its correct options, and why. */
export type QuizAnswer = { correct: string[]; explanation: Localized };

/** A knowledge check: questions, the share of right answers needed, and how many tries. */
export type KnowledgeCheck = {
  questions: QuizQuestion[];
  /** Share of questions answered right needed to pass, 0–1. */
  passMark: number;
  /** Attempts allowed in all (first try included); a coordinator can reset them. */
  maxAttempts: number;
};

type ItemBase = {
  /** Unique across all modules (progress is stored by item id). */
  id: string;
  title: Localized;
  summary: Localized;
  citation: Citation;
  /** Days after the person's start date by which the item should be done. */
  dueDays: number;
  /** Completes by itself when the real work happens. */
  autoComplete?: AutoRule;
};

export type ReadItem = ItemBase & {
  type: 'read';
  /** Key points of the page, in order. */
  points: Localized[];
  /** Optional link to a fuller guide in the app (e.g. /pfa). */
  guide?: string;
};
export type QuizItem = ItemBase & { type: 'quiz'; check: KnowledgeCheck };
export type ScenarioItem = ItemBase & { type: 'scenario'; scenarioId: string };
export type SignoffItem = ItemBase & {
  type: 'signoff';
  /** What the supervisor observes or checks before signing off. */
  task: Localized[];
};
export type ExternalItem = ItemBase & {
  type: 'external';
  course: { name: string; provider: Localized; url: string };
};
export type TrainingItem = ReadItem | QuizItem | ScenarioItem | SignoffItem | ExternalItem;

export type TrainingModule = {
  id: string;
  title: Localized;
  summary: Localized;
  citation: Citation;
  items: TrainingItem[];
};

export type TrackId = 'hub_officer' | 'coordinator' | 'mrc_staff' | 'mca_advisor';

export type Track = { id: TrackId; title: Localized; summary: Localized; moduleIds: string[] };
