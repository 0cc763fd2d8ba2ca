/**
 * Who a sentence names, and who it quotes (issue 16). Pure: no DOM, no Node APIs.
 *
 * - The story's own actors are found first, by their name ("Antony Blinken", "NATO",
 *   "Associated Press"), an organisation also by its initials ("OECD", "EU"), and a person by
 *   the surname alone ("Blinken", "Le Drian") when no other actor of the story has it.
 * - Other people: compromise's people() in English, and in both languages a run of two to four
 *   capitalised words ("Florence Parly", "Jean-Yves Le Drian"), with the particles of names
 *   between them ("de", "Le", "van"); runs holding a country, a month, a weekday or a word of
 *   an institution ("Department", "Union") are not people. Their role is the run of role words
 *   just before the name ("UK Defence Secretary Ben Wallace", "le ministre des Affaires
 *   étrangères Jean-Yves Le Drian") or an apposition after it ("Lord Ricketts, a former
 *   British ambassador to France,"). A new person gets a slug of the name for id. Without the
 *   dataset, a lone surname is a person when the text named that person in full before
 *   ("Ferrand" after "Lucas Ferrand"), after a title of address ("M. Morita", "Lord Ricketts"),
 *   or as the speaker of a verb of speech ("Blinken, who spoke French, said").
 * - "The French have proposed", "Les Britanniques ont rejoint", "officials from the United
 *   States": the country's government.
 * - Governments: "the French government", "the government of France", "US officials", a seat
 *   ("Élysée", "Whitehall", "White House", "Kremlin") always, and a country or a capital when it
 *   acts: followed by a verb ("France has cancelled", "Paris has earlier expressed",
 *   "Australia signed") and not after a preposition ("in Paris"). Each is the story's
 *   government of that country when it has one, else a new "government-xx".
 * - Speech: '"…," said X', '"…," X said', 'X said (that) …', 'X told Y (that) …', 'according
 *   to X', '« … », a déclaré X', 'X a déclaré que …', 'selon X'. The speaker is the actor
 *   next to the verb; "the official", "a French official", "US officials" are matched to the
 *   one actor of the story of that kind (those of the same source first) or made new.
 */
import nlp from 'compromise';
import type { Actor, ActorKind, Dataset } from '../model/schema.ts';
import { slugify } from '../interop/slug.ts';
import { findPlaces, type PlaceMention } from './places.ts';
import { wordRegExp } from './words.ts';

/** Seats of government that are no city: they always stand for the government. */
const INSTITUTIONS =
  /^(?:Élysée|Elysée|Elysee|Quai d['’]Orsay|Matignon|White House|Maison[- ]Blanche|Pentagon|Whitehall|Downing Street|Kremlin)$/u;
import type { Language } from './dates.ts';

export interface ActorMention {
  start: number;
  end: number;
  text: string;
  id: string;
  name: string;
  role?: string;
  kind: ActorKind;
  country?: string;
  isNew: boolean;
}

export interface ActorContext {
  language: Language;
  dataset?: Dataset;
  sourceId?: string;
  /** Ids given to new actors so far, so that one new name keeps one id across sentences. */
  newIds: Map<string, string>;
  /** The story's actor last matched to a generic speaker, by head noun ("official"), for "the official" after it. */
  lastByHead?: Map<string, string>;
  /** People named in full so far in the text, by surname ("Ferrand" → Lucas Ferrand), for the surname alone after. */
  people?: Map<string, { id: string; name: string; role?: string; country?: string; isNew: boolean }>;
}

const ENGLISH_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

const NAME_PARTICLES = new Set([
  'de',
  'du',
  'des',
  'Le',
  'La',
  'le',
  'la',
  'van',
  'von',
  'der',
  'den',
  'al',
  'bin',
  'ben',
  'di',
  'da',
  'dos',
  'del',
]);
/** Capitalised words that are no part of a person's name. */
const NOT_NAME_WORDS = new Set(
  (
    'The A An And But In On At For From With After Before Following During Without When While If Then There This That These Those It Its He She We They You I ' +
    'His Her Our Their Mr Mrs Ms Dr President Minister Secretary Prime PM Foreign Defence Defense State Department Ministry Government Embassy Office ' +
    'Union Organization Organisation Council Commission Agreement Pact Alliance Treaty Sea Ocean TV Radio Press News Info House Street Lord Sir Dame ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'Le La Les Un Une Des Du De Et Mais Dans Selon Pour Avec Après Avant Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Président Ministre ' +
    'Affaires Étrangères Etrangères Cold War Indo Pacific Atlantic North South East West Western Eastern European Sahel Africa Asia Europe ' +
    'See Getting Holding Allies Officials Official Il Elle Ils Elles Nous Vous On Je Ce Cette Ces Mme M Mr Dr'
  ).split(' '),
);

/** Words of a role written before a name: "UK Defence Secretary", "French foreign minister", "Foreign ministry spokesman". */
const ROLE_WORDS_EN =
  /^(?:president|vice|prime|minister|ministry|pm|secretary|of|state|foreign|defence|defense|home|interior|finance|trade|spokesman|spokeswoman|spokesperson|ambassador|envoy|chancellor|advisor|adviser|national|security|former|senior|chief|deputy|general|head|leader|premier|king|queen|journalist|official|officer|commander|senator|governor|mayor|lord|sir|dame|the|us|u\.s\.|uk|u\.k\.|eu|un)$/i;
const ROLE_WORDS_FR =
  /^(?:président|présidente|vice|premier|première|ministre|ministère|secrétaire|d'état|d’état|état|des|de|du|la|le|l'|affaires|étrangères|etrangères|défense|armées|intérieur|porte-parole|ambassadeur|ambassadrice|envoyé|chancelier|chancelière|conseiller|conseillère|sécurité|nationale|ancien|ancienne|chef|adjoint|général|journaliste|diplomatie|haut|haute|responsable)$/iu;

const GOVERNMENT_WORDS = /^(?:government|administration|authorities|officials|gouvernement|autorités|responsables|dirigeants)$/iu;
const PREPOSITIONS = wordRegExp(
  /\b(?:in|to|from|at|into|of|for|near|via|towards|toward|between|and|à|en|de|vers|pour|depuis|dans|entre|et|sur)\s*$/iu,
);

const SPEECH_EN =
  /\b(?:said|says|say|told|tells|declared|stated|added|acknowledged|admitted|parried|confirmed|announced|insisted|warned|noted|explained|revealed|promised|argued|claimed|urged|described|accused|condemned|decried)\b/giu;
const SPEECH_FR = wordRegExp(
  /\b(?:a|ont|avait|avaient) (?:déclaré|dit|affirmé|indiqué|ajouté|estimé|annoncé|assuré|expliqué|confié|souligné|précisé|reconnu|averti|promis|dénoncé|condamné|accusé|répondu)\b|\b(?:déclare|dit|affirme|indique|ajoute|estime|annonce|assure|explique|souligne|précise)\b/giu,
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isSpeech = (kind: ActorKind) => kind === 'person' || kind === 'government' || kind === 'organization' || kind === 'media';

function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : '';
}

function surname(name: string): string {
  const words = name.split(/\s+/);
  if (words.length < 2) return '';
  return words.slice(1).join(' ');
}

interface KnownName {
  name: string;
  actor: Actor;
  caseSensitive: boolean;
}

/** The names under which the story's actors may appear, longest first. */
function knownNames(dataset: Dataset | undefined): KnownName[] {
  if (!dataset) return [];
  const out: KnownName[] = [];
  const surnames = new Map<string, Actor[]>();
  for (const actor of dataset.actors) {
    const words = actor.name.split(/\s+/);
    const generic = actor.kind === 'person' && !/^\p{Lu}/u.test(words[words.length - 1] ?? '');
    out.push({ name: actor.name, actor, caseSensitive: words.length < 2 });
    if (actor.kind === 'person' && !generic) {
      const last = surname(actor.name);
      if (last !== '' && /^\p{Lu}/u.test(last)) surnames.set(last, [...(surnames.get(last) ?? []), actor]);
    } else if (actor.kind !== 'person') {
      const short = initials(actor.name);
      if (short.length >= 2 && short !== actor.name) out.push({ name: short, actor, caseSensitive: true });
      // "France Info radio" → "France Info"; "France 2 TV" → "France 2".
      const bare = actor.name.replace(/\s+(?:radio|TV|television|newspaper)$/i, '');
      if (bare !== actor.name) out.push({ name: bare, actor, caseSensitive: true });
    }
  }
  for (const [last, actors] of surnames) if (actors.length === 1) out.push({ name: last, actor: actors[0]!, caseSensitive: true });
  return out.sort((a, b) => b.name.length - a.name.length);
}

const cache = new WeakMap<Dataset, KnownName[]>();
function knownNamesOf(dataset: Dataset | undefined): KnownName[] {
  if (!dataset) return [];
  let names = cache.get(dataset);
  if (!names) cache.set(dataset, (names = knownNames(dataset)));
  return names;
}

function fromActor(actor: Actor, start: number, end: number, text: string): ActorMention {
  return {
    start,
    end,
    text: text.slice(start, end),
    id: actor.id,
    name: actor.name,
    ...(actor.role === undefined ? {} : { role: actor.role }),
    kind: actor.kind,
    ...(actor.country === undefined ? {} : { country: actor.country }),
    isNew: false,
  };
}

function newActorId(name: string, kind: ActorKind, ctx: ActorContext): string {
  const key = `${kind}:${name.toLowerCase()}`;
  const known = ctx.newIds.get(key);
  if (known) return known;
  const taken = new Set([...(ctx.dataset?.actors.map((a) => a.id) ?? []), ...ctx.newIds.values()]);
  const base = slugify(name) || kind;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  ctx.newIds.set(key, id);
  return id;
}

/** The government of `code`: the story's, or a new one. */
function government(code: string, start: number, end: number, text: string, ctx: ActorContext): ActorMention {
  const existing = ctx.dataset?.actors.find((a) => a.kind === 'government' && a.country === code && /^government\b/i.test(a.name));
  const existingAny = existing ?? ctx.dataset?.actors.find((a) => a.kind === 'government' && a.id === `government-${code.toLowerCase()}`);
  if (existingAny) return fromActor(existingAny, start, end, text);
  const name = `Government of ${ENGLISH_NAMES.of(code) ?? code}`;
  const id = ctx.newIds.get(`government:${name.toLowerCase()}`) ?? `government-${code.toLowerCase()}`;
  ctx.newIds.set(`government:${name.toLowerCase()}`, id);
  return { start, end, text: text.slice(start, end), id, name, kind: 'government', country: code, isNew: true };
}

/** The role words just before `at` ("UK Defence Secretary "), or an apposition after `after` (", a former British ambassador to France,"). */
function roleAround(text: string, from: number, at: number, after: number, to: number, language: Language): string | undefined {
  const before = text.slice(from, at);
  const tokens = [...before.matchAll(/[\p{L}.'’-]+,?\s*$|[\p{L}.'’-]+/gu)];
  const words: { word: string; index: number }[] = tokens.map((t) => ({ word: t[0].replace(/[,\s]+$/u, ''), index: t.index ?? 0 }));
  const roleWord = language === 'fr' ? ROLE_WORDS_FR : ROLE_WORDS_EN;
  let first = words.length;
  const isDemonymOrCountry = (word: string) => findPlaces(word).length > 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const { word } = words[i]!;
    const bare = word.replace(/[’']s$/u, '');
    if (roleWord.test(word) || isDemonymOrCountry(bare)) first = i;
    else break;
  }
  // Leading articles and "of" are no part of the role.
  while (first < words.length && /^(?:the|of|le|la|l'|de|des|du)$/iu.test(words[first]!.word)) first++;
  const chosen = words.slice(first);
  if (chosen.some(({ word }) => !isDemonymOrCountry(word) && !/^(?:the|of|us|uk|u\.s\.|u\.k\.|eu|un|des|de|du|la|le)$/iu.test(word))) {
    const start = from + chosen[0]!.index;
    const role = text.slice(start, at).replace(/[,\s]+$/u, '');
    if (role.length > 0) return role;
  }
  const apposition = /^,\s+((?:a|an|the|un|une|le|la|l’|l')\s+[^,.;]{3,80}?)(?:,|\s+(?:who|which|qui)\b)/iu.exec(text.slice(after, to));
  if (
    apposition &&
    /\b(?:minister|secretary|ambassador|spokes\w*|advis[eo]r|president|official|journalist|envoy|chief|head|ministre|ambassadeur|ambassadrice|porte-parole|conseill\w*|président\w*|journaliste|chef)\b/iu.test(
      apposition[1]!,
    )
  ) {
    return apposition[1]!;
  }
  return undefined;
}

/** Runs of capitalised words that may be people's names, in text[start, end). */
function capitalisedNames(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const word = /[\p{Lu}][\p{L}’'-]*|[\p{Ll}]+/gu;
  const slice = text.slice(start, end);
  let run: { start: number; end: number; words: string[] } | undefined;
  const flush = () => {
    if (run) {
      while (run.words.length > 0 && NAME_PARTICLES.has(run.words[run.words.length - 1]!)) run.words.pop();
      const capitals = run.words.filter((w) => /^\p{Lu}/u.test(w) && !NAME_PARTICLES.has(w));
      if (capitals.length >= 2 && run.words.length <= 5) {
        const last = run.words[run.words.length - 1]!;
        const lastAt = slice.lastIndexOf(last, run.end - start);
        const span = { start: run.start, end: start + lastAt + last.replace(/[’']s$/u, '').length };
        // "United States", "Royaume-Uni": a country's name is no person's.
        const places = findPlaces(text, span.start, span.end);
        if (!places.some((p) => p.start === span.start && p.end === span.end)) out.push(span);
      }
    }
    run = undefined;
  };
  let lastEnd = -1;
  for (const match of slice.matchAll(word)) {
    const w = match[0];
    const at = match.index ?? 0;
    const gap = lastEnd < 0 ? '' : slice.slice(lastEnd, at);
    const bare = w.replace(/[’']s$/u, '');
    const capital =
      /^\p{Lu}/u.test(w) && !NOT_NAME_WORDS.has(bare) && findPlaces(bare).length === 0 && bare.length > 1 && !/^\p{Lu}+$/u.test(bare);
    const particle = NAME_PARTICLES.has(w) && run !== undefined;
    if ((capital || particle) && run && gap === ' ' && !/[’']s$/u.test(text.slice(run.end - 2, run.end))) {
      run.words.push(w);
      run.end = start + at + w.length;
    } else {
      flush();
      if (capital) run = { start: start + at, end: start + at + w.length, words: [w] };
    }
    lastEnd = at + w.length;
  }
  flush();
  return out;
}

const GENERIC_SPEAKER = wordRegExp(
  /\b(?:(?:the|a|an|one)\s+)?((?:(?:senior|former|top|French|US|U\.S\.|American|British|UK|Australian|Chinese|State Department|White House|Foreign Office|government|ministry|foreign ministry)\s+)*(?:officials?(?:\s+source)?|source|spokes(?:man|woman|person)|diplomats?|readout))\b|\b(?:(?:le|la|un|une|l’|l')\s*)((?:responsables?|diplomates?|source|porte-parole)(?:\s+(?:français\w*|américain\w*|britannique\w*|australien\w*|chinois\w*))?)\b/giu,
);

/** Every actor the sentence text[start, end) names. */
export function findActors(text: string, start: number, end: number, ctx: ActorContext, places: PlaceMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const taken = (s: number, e: number) => out.some((m) => s < m.end && m.start < e);
  const sentence = text.slice(start, end);

  // 1. The story's actors by name.
  for (const known of knownNamesOf(ctx.dataset)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(known.name)}(?![\\p{L}\\p{N}])`, known.caseSensitive ? 'gu' : 'giu');
    for (const match of sentence.matchAll(pattern)) {
      const s = start + (match.index ?? 0);
      const e = s + match[0].length;
      if (!taken(s, e)) out.push(fromActor(known.actor, s, e, text));
    }
  }

  // 2. Other people: compromise (English) and capitalised runs (both languages).
  const spans: { start: number; end: number }[] = [];
  if (ctx.language === 'en') {
    try {
      const people = nlp(sentence).people().json({ offset: true }) as { offset?: { start: number; length: number } }[];
      for (const person of people) {
        if (!person.offset) continue;
        let s = start + person.offset.start;
        let e = s + person.offset.length;
        // Trim punctuation, a possessive and leading titles ("Secretary Ben Wallace", "President Joe Biden").
        while (e > s && /[\s,.;:!?”"’')]/u.test(text[e - 1]!)) e--;
        if (/[’']s$/u.test(text.slice(s, e))) e -= 2;
        for (;;) {
          const first = /^([\p{L}.]+)\s+/u.exec(text.slice(s, e));
          if (!first || !(NOT_NAME_WORDS.has(first[1]!) || ROLE_WORDS_EN.test(first[1]!))) break;
          s += first[0].length;
        }
        if (e > s && /\s/u.test(text.slice(s, e))) spans.push({ start: s, end: e });
      }
    } catch {
      // compromise failing on odd input leaves the capitalised heuristic.
    }
  }
  spans.push(...capitalisedNames(text, start, end));
  for (const span of spans.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (taken(span.start, span.end)) continue;
    const name = text.slice(span.start, span.end);
    // A surname of the story's person inside a longer name is that person ("Blinken" in "Antony Blinken").
    const role = roleAround(text, Math.max(start, span.start - 80), span.start, span.end, end, ctx.language);
    const country = role ? findPlaces(role)[0]?.code : undefined;
    out.push({
      start: span.start,
      end: span.end,
      text: name,
      id: newActorId(name, 'person', ctx),
      name,
      ...(role === undefined ? {} : { role }),
      kind: 'person',
      ...(country === undefined ? {} : { country }),
      isNew: true,
    });
  }
  // 2b. A person by the surname alone, without the dataset. News prose names a person in full
  // once, then by the surname: "Lucas Ferrand … Ferrand is due to return", "Kenji Morita … a
  // déclaré M. Morita". A lone capitalised word is a person when it is the surname of one named
  // earlier in the text (that person), when a title of address stands before it ("M. Morita",
  // "Mme Duval", "Mr Okafor"), or when it is the subject or the inverted subject of a verb of
  // speech ("Blinken said", "Blinken, who spoke French, said", '"…," Blinken parried').
  const speechAfter = new RegExp(
    `^(?:\\s*,\\s*(?:who|qui|a|an|the|un|une|le|la|l['’])\\b[^,"“”«»]*,)?\\s*(?:(?:has|have|had|also|further|then|later)\\s+)*(?:${SPEECH_EN.source.replace(/\\b/g, '')}|parried|replied|a (?:déclaré|dit|affirmé|ajouté|indiqué|estimé|assuré|expliqué|souligné|précisé|reconnu))(?![\\p{L}])`,
    'iu',
  );
  for (const match of sentence.matchAll(/(?<![\p{L}\p{N}’'-])(?:(?:Le|La|De|Van|Von|Al|El)\s+)?\p{Lu}[\p{L}’'-]+/gu)) {
    const s = start + (match.index ?? 0);
    const bare = match[0].replace(/[’']s$/u, '');
    const e = s + bare.length;
    if (taken(s, e) || NOT_NAME_WORDS.has(bare) || /^\p{Lu}+$/u.test(bare)) continue;
    const known = ctx.people?.get(bare);
    const titled = /(?<![\p{L}])(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Lord|Sir|Dame)\s+$/u.test(text.slice(Math.max(start, s - 6), s));
    const speaks =
      speechAfter.test(text.slice(e, end)) ||
      /[”"»],?\s*(?:said|says|parried|replied|a déclaré|a dit|a ajouté)\s+$/iu.test(text.slice(start, s));
    if (!known && !titled && !speaks) continue;
    if (places.some((p) => s < p.end && p.start < e) || findPlaces(bare).length > 0) continue;
    if (!known && /^(?:Le|La|De|Van|Von|Al|El)\s/u.test(bare) && !speaks) continue;
    out.push({
      start: s,
      end: e,
      text: bare,
      id: known?.id ?? newActorId(bare, 'person', ctx),
      name: known?.name ?? bare,
      ...(known?.role === undefined ? {} : { role: known.role }),
      kind: 'person',
      ...(known?.country === undefined ? {} : { country: known.country }),
      isNew: known?.isNew ?? true,
    });
  }
  // Remember the people named in full, for their surname in the sentences after.
  for (const mention of out) {
    const words = mention.name.split(/\s+/u);
    if (mention.kind !== 'person' || words.length < 2 || !/^\p{Lu}/u.test(words[words.length - 1]!)) continue;
    const entry = {
      id: mention.id,
      name: mention.name,
      ...(mention.role === undefined ? {} : { role: mention.role }),
      ...(mention.country === undefined ? {} : { country: mention.country }),
      isNew: mention.isNew,
    };
    ctx.people ??= new Map();
    ctx.people.set(words[words.length - 1]!, entry);
    const rest = surname(mention.name);
    if (rest.split(/\s+/u).length === 2 && NAME_PARTICLES.has(rest.split(/\s+/u)[0]!)) ctx.people.set(rest, entry);
  }

  // Roles for the story's people too, when the sentence gives one.
  for (const mention of out) {
    if (mention.kind === 'person' && !mention.isNew) {
      const role = roleAround(text, Math.max(start, mention.start - 80), mention.start, mention.end, end, ctx.language);
      if (role !== undefined) mention.role = role;
    }
  }

  // 3. Governments.
  for (const place of places) {
    if (taken(place.start, place.end)) continue;
    const after = text.slice(place.end, Math.min(end, place.end + 40));
    const before = text.slice(Math.max(start, place.start - 20), place.start);
    const nextWord = /^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '';
    if (place.by === 'seat' && INSTITUTIONS.test(place.text)) {
      out.push(government(place.code, place.start, place.end, text, ctx));
      continue;
    }
    if (GOVERNMENT_WORDS.test(nextWord)) {
      const e = place.end + (/^\s+[\p{L}-]+/u.exec(after)?.[0].length ?? 0);
      if (!taken(place.start, e)) out.push(government(place.code, place.start, e, text, ctx));
      continue;
    }
    // "le gouvernement australien", "les autorités françaises": the institution, then the demonym.
    const institution = /(?:gouvernement|autorités|exécutif|diplomatie)\s+$/iu.exec(before);
    if (place.by === 'demonym' && institution) {
      const s = place.start - institution[0].length;
      if (!taken(s, place.end)) out.push(government(place.code, s, place.end, text, ctx));
      continue;
    }
    // "The French have proposed", "Les Britanniques ont rejoint": the people named by the
    // demonym, with its article and followed by a verb, act through their government.
    if (
      place.by === 'demonym' &&
      /(?:^|[^\p{L}])(?:the|les)\s+$/iu.test(before) &&
      (ctx.language === 'fr'
        ? wordRegExp(/^\s+(?:ont|avaient|sont|étaient|auront|vont|doivent|ne|n['’])\b/u).test(after)
        : /^\s+(?:have|had|are|were|will|would|did|do|say|said|\p{Ll}{3,}ed)\b/u.test(after))
    ) {
      const s = place.start - (/(?:the|les)\s+$/iu.exec(before)?.[0].length ?? 0);
      if (!taken(s, place.end)) out.push(government(place.code, s, place.end, text, ctx));
      continue;
    }
    // "Officials from the United States", "diplomats of France": that country's government.
    const officialsOf =
      /(?:officials|diplomats|authorities|responsables|diplomates)\s+(?:from|of|in|de|d['’]|du|des)\s*(?:the\s+|la\s+|l['’]\s*)?$/iu.exec(
        before,
      );
    if (officialsOf && place.by !== 'demonym') {
      const s = place.start - officialsOf[0].length;
      if (!taken(s, place.end)) out.push(government(place.code, s, place.end, text, ctx));
      continue;
    }
    if (place.by === 'demonym' || PREPOSITIONS.test(before) || /[’']s$/u.test(place.text)) continue;
    // "China’s embassy", "France’s foreign ministry": an institution of the government.
    const institutionOf =
      /^[’']s\s+(?:foreign |defen[cs]e |interior )?(?:embassy|ministry|government|administration|authorities|military|army|navy|diplomats?)\b/iu.exec(
        after,
      );
    if (institutionOf && !PREPOSITIONS.test(before)) {
      const e = place.end + institutionOf[0].length;
      if (!taken(place.start, e)) out.push(government(place.code, place.start, e, text, ctx));
      continue;
    }
    if (/^[’']s\b/u.test(after)) continue; // "France’s anger": a possessive, not an act
    const acts =
      ctx.language === 'fr'
        ? wordRegExp(/^\s*,?\s*(?:qui\s+)?(?:a|ont|avait|est|sont|va|doit|\p{L}+é(?:e|s)?)\b/u).test(after)
        : /^\s*,?\s*(?:which\s+|who\s+)?(?:has|have|had|is|was|will|would|did|does|said|says|\p{L}{3,}ed)\b/u.test(after);
    if (acts) out.push(government(place.code, place.start, place.end, text, ctx));
  }
  for (const match of sentence.matchAll(
    /\b(?:the )?government of ([\p{Lu}][\p{L}\s-]+)|\ble gouvernement (?:de la |de l’|de l'|du |des |d’|d')?([\p{Lu}][\p{L}-]+)/gu,
  )) {
    const s = start + (match.index ?? 0);
    const e = s + match[0].length;
    const code = findPlaces(text, s, e)[0]?.code;
    if (code && !taken(s, e)) out.push(government(code, s, e, text, ctx));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A generic speaker ("the official", "French officials") matched to one actor of the story, or new. */
function genericSpeaker(phrase: string, s: number, e: number, text: string, ctx: ActorContext): ActorMention {
  const head =
    /(officials?(?:\s+source)?|source|spokes\w+|diplomats?|readout|responsables?|diplomates?|porte-parole)/iu.exec(phrase)?.[1] ?? phrase;
  const country = findPlaces(phrase)[0]?.code;
  const actors = (ctx.dataset?.actors ?? []).filter((a) => a.kind === 'person' && !/^\p{Lu}/u.test(a.name.split(/\s+/).pop() ?? ''));
  const headWord = head.split(/\s+/)[0]!.replace(/s$/u, '').toLowerCase();
  let matches = actors.filter((a) => a.name.toLowerCase().includes(headWord) && (country === undefined || a.country === country));
  if (phrase.toLowerCase().includes('state department')) matches = matches.filter((a) => /state department/i.test(a.name));
  if (matches.length > 1 && ctx.sourceId && ctx.dataset) {
    const speakersHere = new Set<string>();
    for (const event of ctx.dataset.events) {
      for (const quote of event.quotes) if (quote.source === ctx.sourceId && quote.speaker) speakersHere.add(quote.speaker);
    }
    const here = matches.filter((a) => speakersHere.has(a.id));
    if (here.length > 0) matches = here;
  }
  const bare = /^\s*(?:the|le|la|l’|l')\s+\S+\s*$/iu.test(phrase);
  if (matches.length === 1) {
    ctx.lastByHead?.set(headWord, matches[0]!.id);
    return fromActor(matches[0]!, s, e, text);
  }
  // "the official" after "a State Department official": the one last named (a definite article refers back).
  const previous = bare ? ctx.lastByHead?.get(headWord) : undefined;
  const previousActor = previous === undefined ? undefined : ctx.dataset?.actors.find((a) => a.id === previous);
  if (previousActor) return fromActor(previousActor, s, e, text);
  if (/^officials$/iu.test(phrase.trim()) === false && country && /officials|responsables/iu.test(phrase))
    return government(country, s, e, text, ctx);
  const name = phrase.replace(/^\s*(?:the|a|an|one|le|la|un|une|l’|l')\s+/iu, '').trim();
  const display = name.charAt(0).toUpperCase() + name.slice(1);
  return {
    start: s,
    end: e,
    text: text.slice(s, e),
    id: newActorId(display, 'person', ctx),
    name: display,
    kind: 'person',
    ...(country === undefined ? {} : { country }),
    isNew: true,
  };
}

/**
 * Who the sentence text[start, end) quotes, if it attributes speech: the actor next to a
 * verb of speech ('"…," X said', 'said X', 'X told Y', 'according to X', 'a déclaré X').
 * A generic speaker found here is added to `mentions`.
 */
export function findSpeaker(
  text: string,
  start: number,
  end: number,
  ctx: ActorContext,
  mentions: ActorMention[],
): ActorMention | undefined {
  const sentence = text.slice(start, end);
  const generic: ActorMention[] = [];
  for (const match of sentence.matchAll(GENERIC_SPEAKER)) {
    const s = start + (match.index ?? 0);
    const e = s + match[0].length;
    if (mentions.some((m) => s < m.end && m.start < e)) continue;
    generic.push({ ...genericSpeaker(match[0], s, e, text, ctx) });
  }
  const candidates = [...mentions, ...generic].filter((m) => isSpeech(m.kind)).sort((a, b) => a.start - b.start);
  const pick = (m: ActorMention) => {
    if (generic.includes(m) && !mentions.includes(m)) mentions.push(m);
    mentions.sort((a, b) => a.start - b.start);
    return m;
  };
  const according = wordRegExp(/\b(?:according to|selon|d’après|d'après)\s+/giu);
  for (const match of sentence.matchAll(according)) {
    const at = start + (match.index ?? 0) + match[0].length;
    const next = candidates.find((m) => m.start >= at && m.start - at <= 12);
    if (next) return pick(next);
  }
  const verbs = ctx.language === 'fr' ? SPEECH_FR : SPEECH_EN;
  for (const match of sentence.matchAll(verbs)) {
    const v = start + (match.index ?? 0);
    const ve = v + match[0].length;
    // Inverted after a quotation: '"…," said X' / '« … », a déclaré X'.
    // Between the verb and the name, an article and role words at most ("said Foreign Minister X", "a déclaré le ministre des Affaires étrangères X").
    // A title of address keeps its dot ("a déclaré M. Morita").
    const after = candidates.find(
      (m) =>
        m.start >= ve &&
        m.start - ve <= 70 &&
        /^[^,.;:!?"“”«»]*$/u.test(text.slice(ve, m.start).replace(/(?<![\p{L}])(?:M|Mr|Mrs|Ms|Dr)\.\s+$/u, ' ')),
    );
    const beforeText = text.slice(start, v);
    if (after && /[”"»,]\s*$/u.test(beforeText)) return pick(after);
    // 'X said', 'X, who …, said', 'X told Y'.
    const before = candidates.filter((m) => m.end <= v);
    for (let i = before.length - 1; i >= 0; i--) {
      const m = before[i]!;
      const gap = text.slice(m.end, v);
      if (
        /^\s*(?:has\s+|have\s+|had\s+|also\s+|further\s+|then\s+|later\s+|on\s+\w+\s+)*$/iu.test(gap) ||
        /^\s*,\s*(?:who|which|qui)\b[^"“”«»]*,\s*$/iu.test(gap) ||
        // An apposition: "Lord Ricketts, a former British ambassador …, confirmed".
        (m.kind === 'person' && /^\s*,\s*(?:a|an|the|un|une|l['’]|le|la)\s[^"“”«»,]*,\s*$/iu.test(gap))
      ) {
        return pick(m);
      }
      if (!/^[\s,]*$/u.test(gap)) break;
    }
    if (after && ctx.language === 'en' && /^\s*$/u.test(text.slice(ve, after.start))) return pick(after);
  }
  return undefined;
}
