/**
 * Suggested events from an article's text (issue 16): a candidate per sentence that reports
 * or refers to an event, with its date, countries, actors, speaker, a title, a confidence and
 * the reasons for it, and the story's event it repeats. Pure: no DOM, no Node APIs, used by
 * the studio and by `npm run suggest`. Nothing here is a fact until an editor accepts it.
 *
 * Which sentences are candidates. A sentence reports or refers to an event when it has a verb
 * of action or of speech AND an actor or a date: "Macron ordered the recall…", "Zhao Lijian
 * said…", "In a phone chat on September 22, …". Left out, each for a stated reason:
 * - a heading or a caption: a line of at most ten words with no closing punctuation
 *   ("Holding the bag");
 * - a sentence whose only verbs are "be", "have", "seem", "remain", "become" ("The meeting
 *   is the first of its kind…"): a description, not an act;
 * - an imperative addressed to the reader ("See below for more reporting");
 * - a sentence with an act but neither an actor nor a date: background, with nothing to place
 *   it on a timeline or to hang it on; unless its subject is an event named before ("The deal
 *   will lead to pulling out of a major contract", "Ce traité prévoit…"), which continues the story.
 * Kept besides: an act announced by its schedule ("is due to return"), the French simple future
 * and reflexive verbs ("se retrouveront"), speech by a pronoun ("He further said…": the last
 * person named in the paragraph, reason "speaker by pronoun"). A clause that dates an event of
 * its own ("a deal signed by Australia in 2016", "the first since a round in 2019", "selon un
 * communiqué publié mardi") is a second candidate, its quote the clause; when it holds the
 * sentence's only date, the main act is dated by its tense.
 *
 * Dating a sentence that has no date words: news prose gives the date once and lets the
 * sentences after it lean on it ("Ministers met in Oslo on Monday. They agreed to share
 * patrol data."). So a sentence with no date words of its own, in the same paragraph as an
 * earlier sentence whose main act has a resolved date (a day, a month or a window of a few
 * weeks), and in the same tense (both past or both future, speaksOfFuture), takes that date,
 * 'inferred', its span the earlier date's words, its note "no date in the sentence; the
 * paragraph's last date, 'on Tuesday' (2021-10-05?), taken as its context", provided the date
 * suits the tense (a sentence in the past is not dated after publication, nor one in the
 * future before it: "Blinken is in Paris through Wednesday. Officials there decried…" is not
 * dated Wednesday). The chain breaks at a change of tense and at a sentence that names another time: a year or a long window
 * ("last year", "in 2016") or only a date of a subordinate clause ("a deal signed in 2016"),
 * so that background is not dated by the news around it. The article's first date, when it
 * stands in the headline or the first paragraph (the lede), is the context of the whole first
 * paragraph, sentences before it included. With no such context, the tense alone bounds the
 * sentence by the publication date ("[..published]", "[published..]"). A paragraph is text
 * between blank lines, or a line when the text has no blank line.
 */
import nlp from 'compromise';
import { parseEdtf } from '../model/edtf.ts';
import type { ActorKind, Dataset, TimelineEvent } from '../model/schema.ts';
import { findActors, findSpeaker, type ActorContext, type ActorMention } from './actors.ts';
import { findDates, parseAnchor, speaksOfFuture, type DateMention } from './dates.ts';
import { findPlaces, type PlaceMention } from './places.ts';
import { splitSentences } from './sentences.ts';
import { wordRegExp } from './words.ts';

export interface SuggestInput {
  text: string;
  language: 'en' | 'fr';
  published?: string /* YYYY-MM-DD, the anchor for relative dates */;
  dataset?: Dataset /* the story: its actors are matched, its events mark duplicates */;
  sourceId?: string;
}
export interface Span {
  start: number;
  end: number;
  text: string;
} // text === input.text.slice(start, end), exactly
export interface SuggestedDate extends Span {
  edtf: string;
  dateBasis: 'stated' | 'relative' | 'inferred';
  dateNote: string;
}
export interface SuggestedPlace extends Span {
  code: string;
}
export interface SuggestedActor extends Span {
  id: string /* existing actor's id, or a new slug */;
  name: string;
  role?: string;
  kind: ActorKind;
  isNew: boolean;
}
export interface Candidate {
  quote: Span; // the sentence or clause the event rests on, verbatim (offsets into text)
  title: string; // a short proposed title in the text's language
  date?: SuggestedDate; // the best date for the event; all found in `dates`
  dates: SuggestedDate[];
  countries: SuggestedPlace[]; // one per code, with the words that gave it
  actors: SuggestedActor[];
  speaker?: SuggestedActor; // who is quoted, when the sentence attributes speech
  confidence: number; // 0..1
  reasons: string[]; // why this confidence ("a stated day", "a named actor", "no date")
  duplicateOf?: string; // an existing event's id it repeats (same date window, shared actor, overlapping quote)
}

export { splitSentences } from './sentences.ts';

const STATIVE = new Set(['be', 'have', 'seem', 'appear', 'remain', 'become', 'look']);

/** Verbs of action or speech in French: a compound past or future, or a verb of the news's usual stock. */
const FRENCH_ACTION = wordRegExp(
  /\b(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|sera|seront|va|vont|doit|doivent)\s+(?:(?:déjà|aussi|également|encore|pas|ensuite|finalement|récemment)\s+)*\p{L}+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|int|ainte|ir|er|re|dre)\b|\b(?:annonce|annoncent|rencontre|rencontrent|déclare|déclarent|signe|signent|condamne|condamnent|rappelle|rappellent|accuse|accusent|affirme|affirment|estime|estiment|dénonce|dénoncent|propose|proposent|promet|promettent|reçoit|reçu|réunit|se réunissent|annula|annonça|rencontra|déclara|signa)\b|\b\p{L}{3,}(?:èrent)\b/iu,
);

/**
 * An act announced by its schedule: "X is due to return", "the talks are set to resume", "she
 * is expected to sign". compromise reads "is" (be) and often takes the infinitive after "due
 * to" for a noun ("return", "visit"), so the sentence would pass for a description.
 */
const SCHEDULED_ACT =
  /\b(?:is|are|was|were|be)\s+(?:(?:also|now|still)\s+)?(?:due|set|expected|scheduled|poised|slated)\s+to\s+\p{Ll}{2,}/u;

/**
 * French verbs beyond the compound tenses: the simple future of any verb ("se retrouveront",
 * "signera", "rendra") and a reflexive verb in the present or past ("se réunissent", "s'est
 * rendue"), which the news uses for meetings and visits announced or reported.
 */
const FRENCH_MORE_ACTION = wordRegExp(
  /\b\p{L}{3,}(?:era|eront|ira|iront|dra|dront)\b|\b(?:se|s['’])\s*(?:est|sont|était|étaient|sera|seront)?\s*\p{L}{3,}(?:ent|ont|é|ée|és|ées|ra|ront)\b/iu,
);

function hasActionVerb(
  sentence: string,
  language: 'en' | 'fr',
  actors: ActorMention[],
  offset: number,
): { action: boolean; imperative: boolean } {
  if (language === 'fr') return { action: FRENCH_ACTION.test(sentence) || FRENCH_MORE_ACTION.test(sentence), imperative: false };
  if (SCHEDULED_ACT.test(sentence)) return { action: true, imperative: false };
  try {
    const doc = nlp(sentence);
    const verbs = doc.verbs().json({ offset: true }) as {
      text: string;
      offset?: { start: number; length: number };
      verb?: { infinitive?: string };
    }[];
    let action = false;
    let imperative = false;
    for (const verb of verbs) {
      const at = verb.offset ? offset + verb.offset.start : -1;
      // compromise may take a name for a verb ("Blinken"): a verb inside an actor's words is no verb.
      if (at >= 0 && actors.some((a) => at >= a.start && at < a.end)) continue;
      if (/^\p{Lu}/u.test(verb.text) && verb.offset && verb.offset.start > 0) continue;
      const infinitive = (verb.verb?.infinitive ?? verb.text).toLowerCase().split(/\s+/).pop() ?? '';
      if (verb.offset?.start === 0 && infinitive === verb.text.toLowerCase() && !/ing$/u.test(verb.text)) imperative = true;
      if (!STATIVE.has(infinitive)) action = true;
    }
    return { action: action && !(imperative && verbs.length === 1), imperative: imperative && verbs.length === 1 };
  } catch {
    return { action: true, imperative: false };
  }
}

const SPEECH_VERBS_EN =
  'said|says|told|tells|added|adds|admitted|acknowledged|declared|stated|confirmed|announced|insisted|warned|noted|explained|promised|argued|claimed|urged|replied|parried|stressed|conceded|denied';
const PRONOUN_SPEECH_EN = new RegExp(
  `(?<![\\p{L}])(he|she|they)\\s+(?:(?:also|further|then|later|later|again|has|have|had)\\s+)*(?:${SPEECH_VERBS_EN})(?![\\p{L}])|[”"],?\\s*(he|she|they)\\s+(?:${SPEECH_VERBS_EN})(?![\\p{L}])`,
  'iu',
);
const FRENCH_SPEECH_PARTICIPLES =
  'déclaré|dit|ajouté|affirmé|indiqué|estimé|assuré|expliqué|souligné|précisé|reconnu|averti|promis|répondu|insisté';
const PRONOUN_SPEECH_FR = wordRegExp(
  new RegExp(
    `\\b(il|elle|ils|elles)\\s+(?:a|ont|avait|avaient)\\s+(?:(?:aussi|également|ensuite|encore)\\s+)?(?:${FRENCH_SPEECH_PARTICIPLES})\\b|\\b(?:a|ont|avait|avaient)-t?-?(il|elle|ils|elles)\\s+(?:(?:aussi|également|ensuite|encore)\\s+)?(?:${FRENCH_SPEECH_PARTICIPLES})\\b`,
    'iu',
  ),
);

/** A sentence's subject that refers back to an event: a definite or demonstrative article and a noun of events. */
const EVENT_NOUNS_EN =
  'deal|agreement|pact|accord|treaty|contract|talks|meeting|visit|summit|decision|move|announcement|call|plan|decree|sanctions|ban|vote|ceasefire|truce|statement';
const EVENT_NOUNS_FR =
  'accord|traité|contrat|pacte|discussions|négociations|pourparlers|réunion|rencontre|visite|sommet|décision|annonce|appel|plan|décret|sanctions|vote|trêve|cessez-le-feu|communiqué';
const REFERS_BACK: Record<'en' | 'fr', RegExp> = {
  en: new RegExp(
    `^(?:(?:but|and|yet)\\s*,?\\s+)?(?:the|this|that|these|those)\\s+(?:\\p{L}+\\s+)?(?:${EVENT_NOUNS_EN})\\s+(?!of\\b|between\\b|with\\b)\\p{Ll}`,
    'iu',
  ),
  fr: wordRegExp(
    new RegExp(
      `^(?:(?:mais|et)\\s*,?\\s+)?(?:l['’]\\s*|le\\s+|la\\s+|les\\s+|cet\\s+|cette\\s+|ce\\s+|ces\\s+)(?:${EVENT_NOUNS_FR})\\s+\\p{Ll}`,
      'iu',
    ),
  ),
};

/** A personal pronoun as the subject of a verb of speech ("He further said", "a-t-il ajouté"): its words and number. */
function pronounSpeaker(sentence: Span, language: 'en' | 'fr'): (Span & { plural: boolean }) | undefined {
  const match = (language === 'fr' ? PRONOUN_SPEECH_FR : PRONOUN_SPEECH_EN).exec(sentence.text);
  if (!match) return undefined;
  const word = match[1] ?? match[2];
  if (!word) return undefined;
  const at = match.index + match[0].indexOf(word, match[1] ? 0 : 1);
  const start = sentence.start + at;
  return { start, end: start + word.length, text: word, plural: /^(?:they|ils|elles)$/iu.test(word) };
}

/**
 * Is the date inside a clause that dates another event ("following the announcement on
 * September 15")? `strict`: only where the words leave no doubt, since the sentence's main act
 * then loses the date and the clause becomes a candidate of its own: a preposition or
 * conjunction of time ("after", "since", "depuis"), or a participle that qualifies a noun ("an
 * agreement brokered last week", "signed by Australia in 2016", "un communiqué publié mardi").
 * Loose, for ranking only, any of "signed", "brokered", "agreed" before it, which may as well
 * be the main verb ("officials agreed last week").
 */
const DOCUMENT_PARTICIPLE_EN =
  /\b(?:(?:agreement|deal|pact|accord|treaty|contract|statement|report|plan|communiqu[eé]|declaration|memorandum|alliance)\s+(?:\p{L}+\s+)?(?:signed|brokered|agreed|published|issued|released|launched|reached|announced|concluded)|(?:signed|brokered|agreed|published|issued|released|launched|announced|concluded)\s+by\s+[^,;]{1,40}?)\s+(?:(?:in|on|at|during)\s+)?$/iu;
function subordinate(sentence: string, at: number, language: 'en' | 'fr', strict = false): boolean {
  const before = sentence.slice(Math.max(0, at - 60), at);
  if (language === 'en' && DOCUMENT_PARTICIPLE_EN.test(before)) return true;
  const pattern =
    language === 'fr'
      ? wordRegExp(/\b(?:après|depuis|avant|suite à|à la suite de)\b[^,;]*$/iu)
      : strict
        ? /\b(?:after|following|since|before|ahead of|in advance of)\b[^,;]*$/iu
        : /\b(?:after|following|since|before|ahead of|in advance of|signed|brokered|agreed)\b[^,;]*$/iu;
  // French: a past participle with no auxiliary, right before the date, qualifies a noun and
  // dates its own act ("un communiqué publié mardi", "l'accord signé en 2016"), not the verb's.
  const participle = wordRegExp(
    /(?<!\b(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|été|sera|seront|se|s['’]est)\s)\b\p{L}{3,}(?:é|ée|és|ées)\s+(?:(?:le|en|dès)\s+)?$/iu,
  );
  return pattern.test(before) || (language === 'fr' && participle.test(before));
}

/**
 * The clause around a date that dates another event than the sentence's ("a deal signed by
 * Australia in 2016", "Selon un communiqué publié mardi"): from the punctuation before it (or
 * the sentence's start) to the punctuation after it (or the sentence's end), trimmed.
 */
function clauseAround(sentence: Span, at: number, end: number): Span {
  const before = sentence.text.slice(0, at - sentence.start);
  const after = sentence.text.slice(end - sentence.start);
  const open = Math.max(...[',', ';', ':', '(', '—', '–'].map((mark) => before.lastIndexOf(mark)));
  let s = sentence.start + (open < 0 ? 0 : open + 1);
  const close = /[,;:)—–]|[.!?…]+[”"»’]*\s*$/u.exec(after);
  let e = close ? end + close.index : sentence.end;
  while (s < e && /\s/u.test(sentence.text[s - sentence.start]!)) s++;
  while (e > s && /\s/u.test(sentence.text[e - 1 - sentence.start]!)) e--;
  return { start: s, end: e, text: sentence.text.slice(s - sentence.start, e - sentence.start) };
}

function bestDate(dates: DateMention[], sentence: string, offset: number, language: 'en' | 'fr'): DateMention | undefined {
  let best: DateMention | undefined;
  let bestScore = -Infinity;
  for (const date of dates) {
    const basis = date.dateBasis === 'stated' ? 2 : date.dateBasis === 'relative' ? 1 : 0;
    const score = date.rank * 10 + basis - (subordinate(sentence, date.start - offset, language) ? 25 : 0);
    if (score > bestScore) [best, bestScore] = [date, score];
  }
  return best;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max + 1);
  const space = slice.lastIndexOf(' ');
  return `${(space > max / 2 ? slice.slice(0, space) : slice.slice(0, max)).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** A short title in the text's own words: the speaker and the start of what they said, or the sentence's main clause. */
function titleFor(sentence: string, language: 'en' | 'fr', speaker: SuggestedActor | undefined): string {
  const quoted = /[“"«]\s*([^”"»]{8,}?)\s*[,.]?\s*[”"»]/u.exec(sentence)?.[1];
  if (speaker && quoted) {
    const words = quoted.replace(/[,;:.…]+$/u, '');
    const [open, close] = language === 'fr' ? ['« ', ' »'] : ['“', '”'];
    return `${speaker.name}: ${open}${cut(words, 70)}${close}`;
  }
  let clause = sentence
    .replace(/^(?:but|and|yet|so|however|mais|et|pourtant|cependant|or)\s*,?\s+/iu, '')
    .replace(/,?\s+(?:according to|selon|d’après|d'après)\s+[^,.;]+/giu, '')
    .replace(/,\s*(?:the|a|an|le|la)?\s*[^,]{0,60}\s+(?:said|says|told \S+|added|a déclaré|a dit|a ajouté)\s*\.?$/iu, '')
    .replace(/[.!?…]+$/u, '')
    .trim();
  clause = clause.charAt(0).toUpperCase() + clause.slice(1);
  return cut(clause, 90);
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[“”«»"]/gu, '"')
    .replace(/[’‘]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();

function shingles(text: string, size = 5): Set<string> {
  const words = normalise(text)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

/**
 * The story's event this candidate repeats. Two ways to be one: a quote of the event (from the
 * same source, when the source is known) shares five words in a row with the candidate's
 * sentence (or is within it), and the dates do not disagree; or, for a text the story has not
 * quoted yet, the dates overlap and two actors are shared. Of several, the one sharing most.
 */
function findDuplicate(
  candidate: Omit<Candidate, 'duplicateOf' | 'confidence' | 'reasons'>,
  events: readonly TimelineEvent[],
  sourceId?: string,
): string | undefined {
  const own = shingles(candidate.quote.text);
  const ownText = normalise(candidate.quote.text);
  const parsed = candidate.date ? parseEdtf(candidate.date.edtf) : undefined;
  const actorIds = new Set(candidate.actors.map((a) => a.id));
  let best: string | undefined;
  let bestScore = 0;
  for (const event of events) {
    const eventDate = parseEdtf(event.date);
    const datesAgree =
      !parsed?.ok || !eventDate.ok || (parsed.value.startMs < eventDate.value.endMs && eventDate.value.startMs < parsed.value.endMs);
    const shared = event.actors.filter((id) => actorIds.has(id)).length;
    let overlap = 0;
    for (const quote of event.quotes) {
      if (sourceId !== undefined && quote.source !== sourceId) continue;
      const text = normalise(quote.text);
      if (text.length >= 12 && ownText.includes(text)) overlap = Math.max(overlap, text.length / Math.max(ownText.length, 1) + 1);
      for (const shingle of shingles(quote.text)) if (own.has(shingle)) overlap = Math.max(overlap, 1);
    }
    let score = 0;
    if (overlap > 0 && datesAgree) score = 10 + overlap + shared;
    else if (parsed?.ok && eventDate.ok && datesAgree && shared >= 2) score = shared;
    if (score > bestScore) [best, bestScore] = [event.id, score];
  }
  return best;
}

/**
 * A sentence that gives no date still tells when, by its tense and by being printed: what it
 * reports in the past happened on or before publication, "[..published]"; what it announces,
 * on or after, "[published..]". 'inferred', with the words that carry the tense (the first verb
 * in the past or the future) as its span, or the sentence's first word when none is found.
 */
function inferredFromTense(text: string, sentence: Span, language: 'en' | 'fr', published: string): SuggestedDate {
  const future = speaksOfFuture(sentence.text, language);
  const tense =
    language === 'fr'
      ? future
        ? wordRegExp(/\b(?:va|vont|doit|doivent|devra|devront|\p{L}{3,}(?:era|eront|ira|iront))\b/iu)
        : wordRegExp(/\b(?:a|ont|avait|avaient|est|sont|était|étaient)\s+\p{L}+(?:é|ée|és|ées|i|is|it|u|us|ert|int)\b/iu)
      : future
        ? /\b(?:will|shall|is due to|are due to|is set to|are set to|plans? to|going to|would like)\b/iu
        : /\b(?:said|told|met|\p{Ll}{2,}ed|was|were|had|has \p{Ll}+ed|have \p{Ll}+ed)\b/u;
  const match = tense.exec(sentence.text);
  const start = sentence.start + (match?.index ?? 0);
  const end = match ? start + match[0].length : start + (/^\S+/u.exec(sentence.text)?.[0].length ?? 0);
  const words = text.slice(start, end);
  const edtf = future ? `[${published}..]` : `[..${published}]`;
  return {
    start,
    end,
    text: words,
    edtf,
    dateBasis: 'inferred',
    dateNote: `No date in the sentence: '${words}' ${future ? 'speaks of what is to come, so on or after' : 'reports it in the past, so on or before'} publication (${published}): ${edtf}`,
  };
}

/** A date the following sentences of a paragraph may lean on: the main act's, and the tense of its sentence. */
interface DateContext {
  date: SuggestedDate;
  future: boolean;
  /** 'paragraph': the paragraph's last date; 'lede': the article's first date, for its first paragraph. */
  from: 'paragraph' | 'lede';
}

/**
 * What a sentence tells the sentences after it about time: a context (its main act's date is a
 * day, a month or a short window, DateMention rank ≥ 2), 'break' (it names another time: a
 * year, a long window, or only a subordinate clause's date), or undefined (no date words).
 */
function contextOf(
  dates: DateMention[],
  dateNotes: readonly string[],
  sentence: Span,
  language: 'en' | 'fr',
): DateContext | 'break' | undefined {
  if (dates.length === 0) return dateNotes.length > 0 ? 'break' : undefined;
  const best = bestDate(dates, sentence.text, sentence.start, language);
  if (!best || best.rank < 2 || subordinate(sentence.text, best.start - sentence.start, language, true)) return 'break';
  const parsed = parseEdtf(best.edtf);
  if (!parsed.ok || parsed.value.openStart || parsed.value.openEnd) return 'break';
  const { start, end, text, edtf, dateBasis, dateNote } = best;
  return { date: { start, end, text, edtf, dateBasis, dateNote }, future: speaksOfFuture(sentence.text, language), from: 'paragraph' };
}

/**
 * Whether a context date suits a sentence's tense: a sentence in the past cannot be dated after
 * publication ("Blinken is in Paris through Wednesday. Officials there decried…"), nor one in
 * the future before it. True without a publication day to compare with.
 */
function fitsTense(edtf: string, future: boolean, published: string | undefined): boolean {
  const date = parseEdtf(edtf);
  const day = published === undefined ? undefined : parseEdtf(published);
  if (!date.ok || !day?.ok) return true;
  return future ? date.value.endMs > day.value.startMs : date.value.startMs < day.value.endMs;
}

/** A sentence's date taken from its paragraph's context (see the header): inferred, its span the context's words. */
function inferredFromContext(context: DateContext): SuggestedDate {
  const { start, end, text, edtf } = context.date;
  const whose = context.from === 'lede' ? "the article's first date, in its first paragraph," : "the paragraph's last date,";
  return {
    start,
    end,
    text,
    edtf,
    dateBasis: 'inferred',
    dateNote: `No date in the sentence; ${whose} '${text}' (${edtf}), taken as its context`,
  };
}

function confidenceOf(candidate: Omit<Candidate, 'confidence' | 'reasons'>): { confidence: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0.3;
  const date = candidate.date;
  if (!date) {
    score -= 0.1;
    reasons.push('no date');
  } else {
    const window = date.edtf.startsWith('[');
    if (date.dateBasis === 'inferred' && !window) {
      reasons.push("no date in the sentence: the paragraph's date taken as its context");
    } else if (date.dateBasis === 'inferred') {
      reasons.push('no date in the sentence: only its tense bounds it by the publication date');
      score -= 0.05;
    } else {
      const precision = window
        ? 'window'
        : /^\d{4}-\d{2}-\d{2}/u.test(date.edtf)
          ? 'day'
          : /^\d{4}-\d{2}/u.test(date.edtf)
            ? 'month'
            : 'year';
      if (date.dateBasis === 'stated') {
        score += precision === 'day' ? 0.3 : 0.2;
        reasons.push(`a stated ${precision}`);
      } else {
        score += window ? 0.1 : 0.15;
        reasons.push(window ? 'a window worked out from the publication date' : `a ${precision} worked out from the publication date`);
      }
    }
    if (date.edtf.includes('?')) reasons.push('an uncertain day (a weekday without its week)');
  }
  const people = candidate.actors.filter((a) => a.kind === 'person' && /^\p{Lu}/u.test(a.name.split(/\s+/).pop() ?? ''));
  if (people.length > 0) {
    score += 0.2;
    reasons.push(people.length > 1 ? 'named actors' : 'a named actor');
  } else if (candidate.actors.length > 0) {
    score += 0.1;
    reasons.push('an actor, but no named person');
  } else reasons.push('no actor');
  if (candidate.actors.some((a) => !a.isNew)) {
    score += 0.05;
    reasons.push('an actor of the story');
  }
  if (candidate.speaker) {
    score += 0.1;
    reasons.push(`attributed speech (${candidate.speaker.name})`);
  }
  if (candidate.countries.length > 0) {
    score += 0.05;
    reasons.push(candidate.countries.length > 1 ? 'countries named' : 'a country named');
  }
  if (candidate.duplicateOf) reasons.push(`repeats the story's event "${candidate.duplicateOf}"`);
  return { confidence: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, reasons };
}

const toSuggestedActor = (m: ActorMention): SuggestedActor => ({
  start: m.start,
  end: m.end,
  text: m.text,
  id: m.id,
  name: m.name,
  ...(m.role === undefined ? {} : { role: m.role }),
  kind: m.kind,
  isNew: m.isNew,
});

export function suggestEvents(input: SuggestInput): { candidates: Candidate[]; notes: string[] } {
  const { text, language, dataset, sourceId } = input;
  const notes: string[] = [];
  const anchor = parseAnchor(input.published);
  if (input.published === undefined) notes.push('No publication date given: relative dates ("on Tuesday", "last week") are not resolved.');
  else if (!anchor) notes.push(`The publication date "${input.published}" is not a YYYY-MM-DD day: relative dates are not resolved.`);
  const ctx: ActorContext = {
    language,
    newIds: new Map(),
    lastByHead: new Map(),
    ...(dataset ? { dataset } : {}),
    ...(sourceId ? { sourceId } : {}),
  };
  const candidates: Candidate[] = [];
  const build = (
    quote: Span,
    title: string,
    date: SuggestedDate | undefined,
    suggestedDates: SuggestedDate[],
    places: PlaceMention[],
    mentions: ActorMention[],
    speaker: SuggestedActor | undefined,
    extraReasons: string[],
  ): Candidate => {
    const seenCodes = new Set<string>();
    const countries: SuggestedPlace[] = [];
    for (const place of places) {
      if (seenCodes.has(place.code)) continue;
      seenCodes.add(place.code);
      countries.push({ start: place.start, end: place.end, text: place.text, code: place.code });
    }
    for (const m of mentions) {
      if (m.country && !seenCodes.has(m.country) && m.kind !== 'person') {
        seenCodes.add(m.country);
        countries.push({ start: m.start, end: m.end, text: m.text, code: m.country });
      }
    }
    const seenActors = new Set<string>();
    const actors: SuggestedActor[] = [];
    for (const m of mentions) {
      if (seenActors.has(m.id)) continue;
      seenActors.add(m.id);
      actors.push(toSuggestedActor(m));
    }
    const draft = {
      quote,
      title,
      ...(date ? { date } : {}),
      dates: suggestedDates,
      countries,
      actors,
      ...(speaker ? { speaker } : {}),
    };
    const duplicateOf = dataset ? findDuplicate(draft, dataset.events, sourceId) : undefined;
    const withDuplicate = { ...draft, ...(duplicateOf ? { duplicateOf } : {}) };
    const { confidence, reasons } = confidenceOf(withDuplicate);
    return { ...withDuplicate, confidence, reasons: [...reasons, ...extraReasons] };
  };
  // The last person, and the last government or group, named in the paragraph so far: whom
  // "he"/"she"/"il"/"elle", and "they"/"ils"/"elles", refer to.
  const paragraphBreak = /\n[^\S\n]*\n/u.test(text) ? /\n[^\S\n]*\n/u : /\n/u;
  let lastPerson: ActorMention | undefined;
  let lastGroup: ActorMention | undefined;
  let previousEnd = 0;
  let skipped = 0;
  const sentences = splitSentences(text);
  const isHeading = (sentence: Span) => !/[.!?…”"»]$/u.test(sentence.text) && sentence.text.split(/\s+/u).length <= 10;
  // Paragraph of an offset: how many paragraph breaks stand before it.
  const breaks = [...text.matchAll(new RegExp(paragraphBreak.source, 'gu'))].map((match) => match.index);
  const paragraphOf = (at: number) => breaks.filter((index) => index < at).length;
  // Each sentence's dates, found once (the lede's search reads the first ones ahead of the loop).
  const found = new Map<number, { dates: DateMention[]; dateNotes: string[] }>();
  const datesOf = (sentence: Span) => {
    let entry = found.get(sentence.start);
    if (!entry) {
      const dateNotes: string[] = [];
      entry = { dates: findDates(text, sentence.start, sentence.end, language, anchor, dateNotes), dateNotes };
      found.set(sentence.start, entry);
    }
    return entry;
  };
  // The lede's date: the article's first dated sentence, headline included, when it stands no
  // later than the first paragraph of sentences; the context of that whole paragraph.
  const firstBody = sentences.find((sentence) => !isHeading(sentence));
  const firstParagraph = firstBody ? paragraphOf(firstBody.start) : -1;
  let lede: DateContext | undefined;
  for (const sentence of sentences) {
    if (paragraphOf(sentence.start) > firstParagraph) break;
    const { dates, dateNotes } = datesOf(sentence);
    const context = contextOf(dates, dateNotes, sentence, language);
    if (context === undefined) continue;
    if (context !== 'break') lede = { ...context, from: 'lede' };
    break;
  }
  let context: DateContext | undefined;
  let contextParagraph = -1;
  for (const sentence of sentences) {
    if (isHeading(sentence)) {
      skipped++;
      continue; // a heading or a caption
    }
    const { dates: foundDates, dateNotes: foundNotes } = datesOf(sentence);
    const dates = [...foundDates];
    const dateNotes = [...foundNotes];
    // The paragraph's date context (see the header): reset at a new paragraph (the lede's for
    // the first), taken when the sentence has no date words, replaced or broken when it has.
    const paragraph = paragraphOf(sentence.start);
    if (paragraph !== contextParagraph) {
      context = paragraph === firstParagraph ? lede : undefined;
      contextParagraph = paragraph;
    }
    const own = contextOf(dates, dateNotes, sentence, language);
    let fromContext: SuggestedDate | undefined;
    if (own === undefined) {
      const future = speaksOfFuture(sentence.text, language);
      if (context && context.future === future && fitsTense(context.date.edtf, future, input.published))
        fromContext = inferredFromContext(context);
      else context = undefined; // a change of tense
    } else context = own === 'break' ? undefined : own;
    const places = findPlaces(text, sentence.start, sentence.end);
    const mentions = findActors(text, sentence.start, sentence.end, ctx, places);
    let speakerMention = findSpeaker(text, sentence.start, sentence.end, ctx, mentions);
    const sameParagraph = previousEnd > 0 && !paragraphBreak.test(text.slice(previousEnd, sentence.start));
    if (!sameParagraph) [lastPerson, lastGroup] = [undefined, undefined];
    previousEnd = sentence.end;
    // Speech by a pronoun ("He further said…", "She told reporters…", "Il a ajouté…"): the
    // speaker is the last person named before it in the same paragraph ("they"/"ils": the last
    // government or group). No coreference beyond that: no one named, no speaker.
    const pronoun = speakerMention ? undefined : pronounSpeaker(sentence, language);
    let byPronoun = false;
    if (pronoun) {
      const referent = pronoun.plural ? lastGroup : lastPerson;
      if (referent) {
        byPronoun = true;
        speakerMention = { ...referent, start: pronoun.start, end: pronoun.end, text: pronoun.text };
        mentions.push(speakerMention);
        mentions.sort((a, b) => a.start - b.start);
      }
    }
    for (const m of mentions) {
      if (m.kind === 'person') lastPerson = m;
      else if (m.kind === 'government' || m.kind === 'organization') lastGroup = m;
    }
    const { action } = hasActionVerb(sentence.text, language, mentions, sentence.start);
    if (!action && !speakerMention) {
      skipped++;
      continue;
    }
    // Date words left unresolved (no anchor) still say the sentence is placed in time. A
    // sentence whose subject is an event named before ("The deal will lead to…", "L'accord
    // prévoit…") continues the story (news paragraphs are often one sentence, so not only the
    // paragraph's): kept, though it names no one and no date; never the text's first sentence.
    if (
      mentions.length === 0 &&
      dates.length === 0 &&
      dateNotes.length === 0 &&
      !(candidates.length > 0 && REFERS_BACK[language].test(sentence.text))
    ) {
      skipped++;
      continue;
    }
    for (const note of dateNotes) notes.push(`"${cut(sentence.text, 60)}": ${note}`);
    const suggestedDates: SuggestedDate[] = dates.map(({ start, end, text: words, edtf, dateBasis, dateNote }) => ({
      start,
      end,
      text: words,
      edtf,
      dateBasis,
      dateNote,
    }));
    const best = bestDate(dates, sentence.text, sentence.start, language);
    // A date that only dates a subordinate clause ("a deal signed in 2016", "négocié depuis
    // 2016") is not the main act's: with nothing else, the main act is dated by its tense.
    const bestIsOther = best !== undefined && subordinate(sentence.text, best.start - sentence.start, language, true);
    let date = best && !(bestIsOther && anchor) ? suggestedDates[dates.indexOf(best)] : undefined;
    if (!date && fromContext) {
      date = fromContext;
      suggestedDates.push(date);
    }
    if (!date && anchor) {
      date = inferredFromTense(text, sentence, language, input.published ?? '');
      suggestedDates.push(date);
    }
    const speaker = speakerMention ? toSuggestedActor(speakerMention) : undefined;
    const quote = { start: sentence.start, end: sentence.end, text: sentence.text };
    candidates.push(
      build(
        quote,
        titleFor(sentence.text, language, speaker),
        date,
        suggestedDates,
        places,
        mentions,
        speaker,
        byPronoun ? ['speaker by pronoun'] : [],
      ),
    );
    // A sentence reports a second event when a clause dates it apart ("…, ended a deal signed
    // by Australia in 2016"; "Selon un communiqué publié mardi, …"; "the first since a round in
    // Berlin in 2019"): the clause is a candidate of its own, dated by its own words (read alone,
    // so that the sentence's future does not move a past weekday).
    for (const other of dates) {
      if (other === best && !bestIsOther) continue;
      if (!subordinate(sentence.text, other.start - sentence.start, language, true)) continue;
      const clause = clauseAround(sentence, other.start, other.end);
      const own = findDates(text, clause.start, clause.end, language, anchor, []).find((d) => d.start === other.start) ?? other;
      const clauseDate: SuggestedDate = {
        start: own.start,
        end: own.end,
        text: own.text,
        edtf: own.edtf,
        dateBasis: own.dateBasis,
        dateNote: own.dateNote,
      };
      const inClause = <T extends { start: number; end: number }>(items: T[]) =>
        items.filter((item) => item.start >= clause.start && item.end <= clause.end);
      candidates.push(
        build(
          clause,
          titleFor(clause.text, language, undefined),
          clauseDate,
          [clauseDate],
          inClause(places),
          inClause(mentions),
          undefined,
          ['a clause that dates an event of its own'],
        ),
      );
    }
  }
  if (skipped > 0)
    notes.push(`${skipped} sentence${skipped === 1 ? '' : 's'} left out: headings, descriptions, or no act with an actor or a date.`);
  return { candidates, notes };
}
