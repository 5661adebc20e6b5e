import { PatternTable } from "../lexicon/phrasePattern.js";
import { normalizeName } from "../model/normalizeName.js";
import { HEDGE_STRENGTH, PEOPLE_COUNTS, PLACE_NOUNS } from "../lexicon/phraseLexicon.js";
import { requireLanguage, type LexiconLanguage } from "../lexicon/language.js";
import { readPhrase, type PhraseCandidate, type PhraseReading } from "../lexicon/readPhrase.js";
import { parseQuantity, type ParsedQuantity } from "../lexicon/parseQuantity.js";
import { allWordsIn, CLOSING_QUOTE_MARKS, isCapitalisedWord, OPENING_QUOTE_MARKS, QUOTE_MARKS, tokenize, type Token } from "../lexicon/tokenize.js";
import { foldWord } from "../lexicon/foldWord.js";
import { CALENDAR_NAMES } from "../lexicon/dateLexicon.js";
import { readNumberWords } from "../lexicon/numberWords.js";
import type { Hedge } from "../model/claim.js";
import { AMONG, CIVILIAN_GROUPS, type CountedGroup, countedScope, ITEMS, PEOPLE } from "./claimScope.js";
import { DraftBook, type DraftActor, type DraftPlace, type DraftSource, type Speaker, stripDeterminer } from "./draftBook.js";
import { findMentions, GROUP_KINDS, GROUP_NOUNS, type Introduced, type Mention, SUSPICION_WORDS } from "./findMentions.js";
import { findSpeech, hasVerbOfSaying, mentionIndex, NEGATIONS, negated, saysAgainBetween, type Speech, THAT_WORDS } from "./findSpeech.js";
import { inRelativeClause, RELATIVE_PRONOUNS } from "./relativeClause.js";
import { findPlaces } from "./findPlaces.js";
import { tellsOfArrest, timeCuesOf, yearsOf } from "./otherIncident.js";
import { atTimeOf, datedElsewhere, datelineEnd, daysOf, eventDates, eventTime, EVENT_WORDS, referenceDay, STRIKE_NOUNS } from "./eventDates.js";
import type { Interval } from "../values/interval.js";
import type { TimeValue } from "../values/timeValue.js";
import { AND_WORDS, DEFINITE_ARTICLES, POSSESSIVE_DETERMINERS } from "./articles.js";
import { perpetratorCuesOf } from "./perpetratorCues.js";
import { inQuestionPut } from "./questionPut.js";
import { targetPhrasesOf } from "./targetPhrases.js";
import { statusCuesOf } from "./statusCues.js";
import { splitSentences, type Sentence } from "./splitSentences.js";
import { ACCUSATION, CONTRAST, isDenial, NOT_BEFORE_VERB } from "./speechLexicon.js";
import { COUNTRIES, type Country, countryNameIndex, GROUP_MEMBERS } from "./speakerLexicon.js";
import { findOutlet } from "./findOutlet.js";
import { joinMeans, withoutBurningAsMeans } from "./sentenceMeans.js";
import { BUILDINGS, isUnnamedLastPart, meansOfDeed, otherSide, PART_MARKERS, partsOfWhole, placesOf, wholeOfPart } from "./derivedCandidates.js";
import { isSilence } from "./silence.js";
import { blankMemberLists } from "./memberLists.js";
import { countryOfLead } from "./articleCountry.js";
import { LeadSpeaker, relinkLead, type Relink, repeatKeys } from "./leadSpeaker.js";
import { PLUPERFECT, toldEarlier } from "./earlierStatement.js";
import { clearedAuthor, type GenericAuthor, genericAuthorAfter, genericAuthorNamedIn } from "./genericAuthors.js";
import { isIncrementOrState, isPartOfCounted } from "./countQualifiers.js";
import { blankSpeakerCounts, blankSpeakerNames } from "./speakerCounts.js";

/** Options of {@link draftIncident}. */
export interface DraftOptions {
  /** The article's language: `"fr"` or `"en"`. */
  readonly lang: string;
  /** The incident's id; default `"draft"`. */
  readonly id?: string;
  /** The incident's title; default: none. */
  readonly title?: string;
  /**
   * The outlet whose article it is, the source of the journalist's own
   * words. Default: the outlet the article names in its dateline or
   * credit line (« (AFP) », « Avec RFI », "(Reuters) -"), else « Article ».
   */
  readonly outlet?: string;
  /**
   * The day the article was written (ISO), which puts a year to « vendredi
   * 24 novembre » and a day to "on Friday". Default: the date of its
   * dateline (« BAMAKO, 9 avril 2024 (AFP) - »), else its first full date.
   */
  readonly date?: string;
}

/** Where in the article a drafted claim's words stand: `text.slice(start, end) === quote`. */
export interface Evidence {
  readonly start: number;
  readonly end: number;
}

/** A claim {@link draftIncident} proposes, in the incident format, with the offsets of its quote. */
export interface DraftClaim {
  id: string;
  source: string;
  via?: string[];
  about: { facet: string; party?: string; group?: string; place?: string; item?: string };
  value: unknown;
  not?: true;
  quote: string;
  hedge?: Exclude<Hedge, "asserted">;
  evidence: Evidence;
}

/** A drafted incident: a format-1 document that {@link parseIncident} accepts, for a person to confirm. */
export interface IncidentDraft {
  contested: 1;
  id: string;
  title?: string;
  lang: LexiconLanguage;
  actors: DraftActor[];
  places: DraftPlace[];
  sources: DraftSource[];
  claims: DraftClaim[];
}

interface Attributed {
  readonly speaker: Speaker;
  readonly relays: readonly DraftSource[];
  readonly hedge?: "claimed" | "reported";
  /** Token span of the speaker's words in the sentence (cue and mention), which hold no claim. */
  readonly span: readonly [number, number];
  /** The clause of the outlet that reported the words after them ("…, Lusa reported"), whose verb hedges none of them. */
  readonly reporting?: readonly [number, number];
  readonly at: number;
  /** Where the clause of time this saying is in opens ("weeks after X announced"): the words before it are not the speaker's. */
  readonly from?: number;
  /** A claim of responsibility (« a revendiqué l'attaque »): the speaker names itself the perpetrator. */
  readonly responsibility: boolean;
  /** A denial (« a démenti toute prise du poste », "denied attacking civilians"): the facts after it are denied. */
  readonly denies: boolean;
  /** Speakers who said the same words with the speaker ("the army and security officials said"). */
  readonly also?: readonly Speaker[];
  /** The words that name the speaker. */
  readonly mention?: Mention;
}

/**
 * Drafts an incident from the text of an article: who said what, each
 * claim tied to the exact words it came from, for a person to confirm.
 * Nothing is decided for the reader: a claim is proposed only where the
 * words name a facet of the `conflict` vocabulary, and a source only where
 * the text says who speaks.
 *
 * How it reads, sentence by sentence:
 *
 * - **Who speaks.** « selon X », « d'après X », "according to X"; a verb of
 *   saying and its subject (« X a indiqué », "X said", "X told Reuters",
 *   « X affirme avoir… », « dans un communiqué, X… »), inverted too
 *   (« …, affirme l'armée », "…, said the official"); « il », « elle »,
 *   "they" and « le communiqué » continue the last speaker of the
 *   paragraph, « le groupe », "the militants" the armed group last named. A
 *   sentence with no speaker continues the previous sentence's speaker in
 *   the same paragraph; the first sentences of a paragraph without one are
 *   the outlet's own words.
 * - **Through whom.** « cité par Y », « joint par Y », « sollicité par Y »,
 *   "told Y", "quoted by Y", « à Y » after a verb of saying: `via`, nearest
 *   the source first, then the outlet that publishes the article.
 * - **What.** {@link readPhrase} reads the facts (control, counts,
 *   means, refusals, the French conditional); a count's people (`group`:
 *   soldiers, civilians, combatants, persons) and their country (`party`),
 *   or its `item`, are read from the words right after it; a fight over a
 *   place takes the camp or town the sentence names. A claim of
 *   responsibility or an attack's author (« revendiqué par », "carried out
 *   by") is a `perpetrator`.
 * - **When.** The day an event is told on (`occurred`), and the hour a
 *   source gives it (« vers 23 heures », "at around 9pm"): with the day of
 *   its sentence, or else the incident's first day; a source's hour is a
 *   second date beside its day, since sources disagree on it apart.
 * - **How.** The conditional is `unconfirmed`; a party's claim verbs
 *   (« affirme », « revendique », "claimed") are `claimed`; « évoquer »,
 *   "reported" are `reported`.
 * - **Not this incident.** A sentence about another incident or a tally
 *   over time (« le mois dernier », "so far this year", « une attaque
 *   similaire », « depuis janvier », a war's toll, a nationwide tally)
 *   proposes nothing, nor does a sentence that opens by referring back to
 *   it (« À cette occasion ») or goes on telling it in the pluperfect.
 * - **Nobody's words.** A sentence whose speaker cannot be named (a verb of
 *   saying with no known subject, a quotation no one is said to have
 *   spoken) proposes nothing: it is never the outlet's. A figure simply
 *   not given (« n'a pas donné de bilan ») is silence, not a refusal.
 * - **Derived.** How the dead are labelled (`status`), the means a deed's
 *   words tell (« incendiées », "shot dead"), the whole toll beside its part
 *   (« 40 personnes, dont 20 soldats ») and each side of a split toll, each
 *   to its own people.
 *
 * Precision comes before recall: a wrong claim would make a false
 * contradiction, so what cannot be told with confidence (a place in a
 * pronoun, an unnamed side) is left out rather than guessed.
 *
 * @param text - The article, in French or English.
 * @param options - The language, and optionally the id, title and outlet.
 * @returns A format-1 incident document, not yet parsed: every claim has its
 *   `quote` and the `evidence` offsets of that quote in `text`.
 * @throws RangeError when the language is not one the lexicon reads.
 *
 * @example
 * const draft = draftIncident("Selon l'armée malienne, 12 soldats ont été tués.", { lang: "fr" });
 * draft.claims.map((c) => [draft.sources.find((s) => s.id === c.source)?.name, c.about.facet, c.value, c.quote])
 * //=> [["Armée malienne", "killed", 12, "12 soldats ont été tués"]]
 */
export function draftIncident(text: string, options: DraftOptions): IncidentDraft {
  const lang = requireLanguage(options.lang, "draftIncident");
  const article = String(text);
  const book = new DraftBook(lang);
  const outletName = options.outlet ?? findOutlet(article, lang) ?? "Article";
  const outlet = book.outlet(outletName);
  const claims: DraftClaim[] = [];
  const ids: ClaimIds = { taken: new Set(), next: new Map() };
  const seen = new Set<string>();
  const persons = new Map<string, string>();

  const lead = new LeadSpeaker(outlet.id);
  const relinks: Relink[] = [];
  /** Claims of figures their speaker gave before the news ("he had put the toll at nine"). */
  const earlier = new Set<DraftClaim>();
  const sentences = splitSentences(article, lang);
  const introduced = armedGroupsNamed(sentences, lang);
  // « a confirmé jeudi à L'Œil du Sahel le sous-préfet »: the outlet its header names is known by that name wherever the article writes it again.
  const outletWords = stripDeterminer(outletName);
  if (outletName !== "Article" && !introduced.has(foldWord(outletWords)))
    introduced.set(foldWord(outletWords), { name: outletName, acronym: outletName, cue: { kind: "media", role: "outlet" } });
  const reference = options.date ?? referenceDay(sentences, lang);
  const year = reference === undefined ? incidentYear(sentences, lang) : Number(reference.slice(0, 4));
  // "Uror County: 32 killed…" then "BOR, 21 May 2026 – At least 32 people…": a title may stand before the dateline's sentence.
  const datelined = sentences.slice(0, DATELINE_WITHIN).findIndex((s) => datelineEnd(s) > 0);
  const leadIndex = Math.max(0, datelined);
  const dateline = datelineEnd(sentences[leadIndex]);
  let paragraph = -1;
  let leadRead = false;
  let previous: Attributed | undefined;
  /** The last speaker, whatever the paragraph: « Selon lui » may open the next one. */
  let lastSpeaker: Speaker | undefined;
  /** The last person the paragraph names, whose words a quotation standing alone may be. */
  let lastPerson: Mention | undefined;
  let elsewhere = false;
  /** The relays each source's words last came through (« a déclaré à l'AFP … », then « a-t-il ajouté »). */
  const relaysOf = new Map<string, readonly DraftSource[]>();
  /** The paragraph of the last sentence about another incident, or -1. */
  let elsewhereParagraph = -1;
  /** The days of the incident: those of the first event the article dates. */
  let incidentDays: Interval | undefined;
  /** The first event the article dates, as written: the day a time of day alone ("at around 9pm") falls on. */
  let incidentDay: TimeValue | undefined;
  /** The claims the last sentence read added, and its index: « L'information a été donnée par X » may name their source after them. */
  let told: { readonly index: number; readonly from: number; readonly to: number } | undefined;
  /** How many sentences each paragraph holds, counted once: a sentence alone in its paragraph may be a heading. */
  // A title and a standfirst above the line that dates the article (« Jeudi, 14 mai 2026 », "Published On 14 Jan 2026") only sum up what follows.
  const standfirst = datedBelowStandfirst(sentences);
  const inParagraph = new Map<number, number>();
  for (const s of sentences) inParagraph.set(s.paragraph, (inParagraph.get(s.paragraph) ?? 0) + 1);
  for (const [index, sentence] of sentences.entries()) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      previous = undefined;
      lastPerson = undefined;
    }
    if (isEmbed(sentence.text) || isHeading(sentence, inParagraph) || sentence.paragraph < standfirst) continue;
    const tokens = tokenize(sentence.text, lang);
    const allMentions = findMentions(tokens, lang, introduced, persons);
    // "MORELIA, Mexico (AP) — The prosecutor's office said …": the outlet of the dateline publishes the lead, it never speaks in it.
    const mentions =
      index === leadIndex && dateline > 0 ? allMentions.filter((m) => m.cue.kind !== "media" || (tokens[m.start]?.start ?? 0) >= dateline) : allMentions;
    // Without a dateline, the lead is the first sentence after the title and a line of date (« Publié le : 13/04/2026 »).
    if (index <= leadIndex || !leadRead) {
      const country = countryOfLead(tokens, lang, index === leadIndex ? dateline : 0);
      if (country) book.noteCountry(country);
    }
    if (tokens.filter((t) => t.kind === "word").length >= LEAD_WORDS) leadRead = true;
    book.noteActors(mentions, tokens);
    const time = timeCuesOf(tokens, lang, year);
    const dated = eventDates(sentence, tokens, lang, reference, index === leadIndex ? dateline : 0);
    // A sentence in the pluperfect (« avait conjugué », "had stormed") goes on telling the earlier incident its paragraph turned to.
    const goesOn = time.back || (sentence.paragraph === elsewhereParagraph && tokens.some((t) => PLUPERFECT[lang].has(t.folded)));
    // "In January, a drone strike on a bus killed about 30": once the incident is told and no date of it is known, a bare month is another time.
    // « en décembre 2016 » in an article that never gives its own year: once the incident is told, a year named is another time.
    const backstory =
      claims.length > 0 &&
      ((incidentDays === undefined && bareMonth(tokens, lang)) ||
        (year === undefined && yearsOf(tokens, lang).some((y) => !inRelativeClause(tokens, y.at, true))));
    elsewhere = time.elsewhere || (goesOn && elsewhere) || datedElsewhere(dated, incidentDays) || backstory;
    elsewhereParagraph = elsewhere ? sentence.paragraph : -1;
    if (!elsewhere && incidentDays === undefined && dated[0]?.value !== undefined) {
      incidentDays = daysOf(dated[0].value);
      incidentDay = dated[0].value;
    }
    if (elsewhere) {
      previous = undefined;
      continue;
    }
    const found = findSpeech(tokens, mentions, lang);
    // "UNMISS said … that it had received reports of…": a pronoun after a speaker of its own sentence is that speaker.
    const attributed: Attributed[] = [];
    for (const s of found) {
      const a = attribute(s, book, attributed[attributed.length - 1]?.speaker, lastSpeaker, mentions, tokens);
      if (a !== undefined) attributed.push(withKnownRelays(a, relaysOf));
    }
    // "no group had claimed responsibility", « aucun groupe n'a revendiqué »: nobody spoke; those words are no one's.
    // "ISIS has not claimed the attack", « le JNIM n'a pas revendiqué l'attaque »: silence, which claims nothing.
    const silent = (a: Attributed) => deniedSubject(a, tokens) || (a.responsibility && negated(tokens, a.at));
    const speeches = attributed.filter((a) => !silent(a));
    const muted = attributed.filter(silent);
    // « L'information a été indiquée dans un communiqué du gouvernorat », "The figures were confirmed by police": the outlet's words just before were that speaker's.
    // « Le bilan a été livré mardi à Actualite.cd par l'administrateur, qui impute l'attaque aux miliciens »: the teller may go on speaking.
    const teller = told?.index === index - 1 ? tellerBack(tokens, mentions, lang) : undefined;
    const tellerSpeaker = teller ? book.speakerOf(teller, lastSpeaker, false) : undefined;
    // The outlet cannot be the teller of its own words.
    if (told && tellerSpeaker && tellerSpeaker.source !== outlet)
      for (let k = told.from; k < told.to; k += 1) {
        const claim = claims[k]!;
        if (claim.source !== outlet.id) continue;
        const { via: _via, ...rest } = claim;
        claims[k] = { ...rest, source: tellerSpeaker.source.id, via: [outlet.id] };
      }
    if (speeches.length === 0 && (found.length > 0 || hasVerbOfSaying(tokens, lang) || tellerSpeaker)) {
      // Someone speaks whom the text does not let us tell ("The group said…" with no group named): their words are nobody's we can name, not the outlet's.
      previous = undefined;
      continue;
    }
    // « … » alone, after a sentence that introduces someone (« Issouf, chauffeur d'un camion-citerne, se trouvait… »): their words.
    if (speeches.length === 0 && previous === undefined && lastPerson !== undefined && opensWithQuote(sentence.text)) {
      const speaker = book.speakerOf(lastPerson, lastSpeaker, false);
      if (speaker) previous = { speaker, relays: [], span: [0, 0], at: 0, responsibility: false, denies: false };
    }
    if (speeches.length === 0 && previous === undefined && opensWithQuote(sentence.text)) {
      // « Ils sont arrivés vers midi. Ils ont tué douze personnes », a raconté un habitant: the quotation's speaker, told where it closes.
      const closing = closingSpeech(sentences, index, lang, introduced, persons, book, lastSpeaker);
      // A quotation whose speaker the text does not tell: someone's words, never the outlet's.
      if (closing === undefined) continue;
      previous = closing;
    }
    const claimsBefore = claims.length;
    const named = [...mentions].reverse().find((m) => m.person !== undefined);
    if (named) lastPerson = named;
    // "Two civilians, a man and a woman, were killed": the members are the count told again, read once.
    // "Two security officials … put the death toll at 28": the count of those who speak is no count of the dead.
    const speakerStarts = speeches.flatMap((s) => (s.mention ? [s.mention.start] : []));
    const speakerSpans = speeches.flatMap((s) => (s.mention ? [s.mention] : []));
    const read = blankSpeakerNames(blankSpeakerCounts(blankMemberLists(sentence.text, tokens, lang), tokens, speakerStarts, lang), tokens, speakerSpans);
    const reading = readPhrase(read, lang);
    const context: SentenceContext = {
      sentence,
      tokens,
      mentions,
      lang,
      book,
      outlet,
      speeches,
      muted,
      inherited: previous,
      lastSpeaker,
      reading,
      asides: time.asides,
    };
    const add = (claim: Omit<DraftClaim, "id">) => {
      // « survient quelques jours après la prise de Kidal par les FAMa »: the words after the cue tell of the other event.
      if (time.afterEvent !== undefined && claim.evidence.start - sentence.start >= time.afterEvent) return;
      const at = claim.evidence.start - sentence.start;
      if (time.asides.some(([from, to]) => at >= from && at < to)) return;
      // One date, one place and one target of the incident per source: later ones tell of its phases, of where it was told, or name it again.
      const keys = repeatKeys(claim);
      if (seen.has(keys[0]!)) return;
      for (const key of keys) seen.add(key);
      claims.push({ id: claimId(claim, ids), ...claim });
      // "…, the army and security officials said": the words are each speaker's.
      for (const joint of jointOf(claim.source)) {
        for (const partner of joint.also ?? []) {
          const via = viaOf({ ...joint, speaker: partner }, outlet);
          const { via: _via, ...rest } = claim;
          add({ ...rest, source: partner.source.id, ...(via.length > 0 ? { via } : {}) });
        }
      }
    };
    // The speeches of each source that speak with others, found once per sentence, not once per claim.
    let joints: Map<string, Attributed[]> | undefined;
    const jointOf = (source: string): readonly Attributed[] => {
      if (joints === undefined) {
        joints = new Map();
        for (const joint of speeches) {
          if ((joint.also ?? []).length === 0) continue;
          const list = joints.get(joint.speaker.source.id);
          if (list) list.push(joint);
          else joints.set(joint.speaker.source.id, [joint]);
        }
      }
      return joints.get(source) ?? [];
    };
    const buildings = tokens.some((t) => BUILDINGS[lang].has(t.folded));
    const derived = reading.candidates.flatMap((c) => [...meansOfDeed(c, buildings), ...wholeOfPart(c, read, lang), ...otherSide(c, read, lang)]);
    const parts = new Set(reading.candidates.flatMap((c) => partsOfWhole(c, read, lang)));
    const labelled: Omit<DraftClaim, "id">[] = [];
    const dead: Omit<DraftClaim, "id">[] = [];
    // Read once per sentence: a sentence of many places retaken and many mentions would otherwise cost claims × tokens × mentions.
    const carried = carriedByOutlet(tokens, mentions);
    for (const candidate of [...reading.candidates, ...derived, ...parts]) {
      const claim = claimOf(candidate, context);
      if (!claim) continue;
      // « douze personnes, dont un prêtre et deux séminaristes, ont été enlevées »: a last part of no group is some of the whole, no toll.
      if (claim.about.group === undefined && isUnnamedLastPart(candidate, read)) continue;
      // « un communiqué … repris par Radio Evangelium »: words an outlet carried on, no place taken back.
      if (claim.about.facet === "control" && carried) continue;
      add(claim);
      if (claim.about.facet === "killed") dead.push(claim);
      // « 25 civils tués »: the source labels the dead civilians, which is the `status` another source may dispute.
      // « supplétifs civils » are no civilians: the label is the counted people's own noun. « 19 morts, dont 16 civils » labels only some.
      if (
        !parts.has(candidate) &&
        claim.about.facet === "killed" &&
        !REFUSALS.has(String(claim.value)) &&
        claim.about.group === "civilians" &&
        /\bcivil/iu.test(claim.quote) &&
        !countsNone(claim.value, lang)
      )
        labelled.push({ ...claim, about: { facet: "status" }, value: "civilians" });
    }
    // "Eight civilians and three policemen were killed", « des civils figuraient parmi les victimes »:
    // civilians among other dead say nothing of who the dead were.
    if (labelled.length > 0) {
      const some = someOfTheDead(dead, tokens, lang);
      for (const claim of labelled) if (!some(claim)) add(claim);
    }
    for (const claim of perpetrators(context)) add(claim);
    for (const claim of targets(context)) add(claim);
    for (const claim of statuses(context)) add(claim);
    for (const claim of whenAndWhere(context, reference, index === leadIndex ? dateline : 0, incidentDay)) add(claim);
    // "shooting at residents and setting homes ablaze": one source's means in one sentence are one account;
    // « ont incendié vingt-six maisons » alone tells what was destroyed, not how the attack was carried out.
    claims.splice(claimsBefore, claims.length - claimsBefore, ...withoutBurningAsMeans(joinMeans(claims.slice(claimsBefore), article)));
    // "police arrested a suspected bomb maker in a raid on a house in Marawi": the arrest's where, when and how are not the attack's.
    if (tellsOfArrest(tokens, lang)) {
      const kept = claims.slice(claimsBefore).filter((c) => !ARREST_SCENE_FACETS.has(c.about.facet));
      claims.splice(claimsBefore, claims.length - claimsBefore, ...kept);
    }
    const first = speeches[0];
    const firstMention = first?.mention;
    const relink = lead.observe(
      sentence.paragraph,
      first && firstMention
        ? { mention: firstMention, source: first.speaker.source.id, before: [1, 2].map((k) => tokens[firstMention.start - k]?.folded ?? "") }
        : undefined,
      claims.slice(claimsBefore).map((c) => c.source),
    );
    if (relink) relinks.push(relink);
    // "On Friday, he had put the death toll at nine": a figure its speaker gave before, which names no second voice.
    const earlierSaying = speeches.length > 0 ? toldEarlier(tokens, lang) : undefined;
    const before = new Set(speeches.filter((s) => earlierSaying?.(s.at)).map((s) => s.speaker.source.id));
    for (const claim of claims.slice(claimsBefore)) if (before.has(claim.source)) earlier.add(claim);
    told = { index, from: claimsBefore, to: claims.length };
    // "…the Dawlah Islamiyah-Maute group, which the military says is down to a few dozen members": a voice in a relative clause
    // is a side remark, and the next sentence's "he" goes on with the sentence's own speaker.
    const last = [...speeches].reverse().find((s) => s.mention === undefined || !speaksInRelative(tokens, s.mention.start));
    if (last) {
      previous = last;
      lastSpeaker = last.speaker;
    }
  }

  // "…, officials said" then ", said Simon Ndive, the senior divisional officer": the lead's figures are the named official's.
  if (relinks.length > 0) claims.splice(0, claims.length, ...relinkLead(claims, relinks, lang, earlier));
  for (const relink of relinks) if (relink.role !== undefined) speaksInRole(book, relink.from, relink.to, relink.role);
  withoutWideLocations(claims, book);
  withoutDenialsOfOwnClaims(claims);
  const cited = new Set(claims.flatMap((c) => [c.source, ...(c.via ?? [])]));
  return {
    contested: 1,
    id: options.id ?? "draft",
    ...(options.title !== undefined ? { title: options.title } : {}),
    lang,
    // One actor may be filed under two keys (its full name and the acronym given later): listed once.
    actors: withOwnNames([...new Set(book.actors.values())]),
    places: withOwnNames([...book.places.values()]),
    sources: [...book.sources.values()].filter((s) => s === outlet || cited.has(s.id)),
    claims,
  };
}

/** Kinds of places too wide to say where an attack was once the article names a town, a village or a camp (a region, a district). */
const WIDE_PLACES: ReadonlySet<string> = new Set(["region", "district"]);

/**
 * Leaves out, in place, the locations that only name a region or a district
 * ("in northeastern Mali's Gao region") once any source places the attack
 * in a town, a village or a camp: the wide one holds the narrow one, so it
 * adds no account of its own, and a reader confirming the draft wants where
 * it happened. With no narrower place, the region stays; so does a party's
 * own account of where it struck.
 */
function withoutWideLocations(claims: DraftClaim[], book: DraftBook): void {
  const kindOf = new Map([...book.places.values()].map((p) => [p.id, p.kind] as const));
  const located = claims.filter((c) => c.about.facet === "location");
  const narrow = located.some((c) => !WIDE_PLACES.has(kindOf.get(String(c.value)) ?? ""));
  if (!narrow) return;
  // A party's own account of where it struck ("units in the Sumy region", the defence ministry said) is kept: it is theirs to compare.
  const parties = new Set([...book.sources.values()].filter((s) => s.kind === "party").map((s) => s.id));
  const kept = claims.filter((c) => c.about.facet !== "location" || parties.has(c.source) || !WIDE_PLACES.has(kindOf.get(String(c.value)) ?? ""));
  claims.splice(0, claims.length, ...kept);
}

/**
 * Leaves out, in place, a source's denial that its side was the author
 * when the same source also claims the deed (« Les FSR rejettent ces
 * accusations », then « affirment avoir visé des positions… »): what it
 * rejects is then narrower than the attack — civilians killed, a massacre —
 * and a denial beside its own claim would set the source against itself.
 */
function withoutDenialsOfOwnClaims(claims: DraftClaim[]): void {
  const claimed = new Set(claims.filter((c) => c.about.facet === "perpetrator" && !c.not).map((c) => `${c.source} ${String(c.value)}`));
  const kept = claims.filter((c) => !(c.about.facet === "perpetrator" && c.not && claimed.has(`${c.source} ${String(c.value)}`)));
  if (kept.length < claims.length) claims.splice(0, claims.length, ...kept);
}

/** Words that open a sentence telling back what the sentence before said (« L'information », « Ce bilan », "The figures"), and their verbs. */
const TOLD_BACK: Record<LexiconLanguage, PatternTable<true>> = {
  fr: new PatternTable([
    ["l' information|annonce", true],
    ["ce|le bilan", true],
    ["ces|les informations|chiffres", true],
  ]),
  en: new PatternTable([
    ["the|this information|toll|tally|figure|figures|news", true],
    ["these figures", true],
  ]),
};

/** Auxiliaries of the passive that tell who gave the words told back (« a été indiquée », "were confirmed"). */
const PASSIVE_AUXILIARIES = new Set(["a", "ont", "avait", "was", "were", "has", "had", "have"]);
/** Verbs that say who gave words (« indiquée », « confirmé », "given", "confirmed"), by their stems. */
const TOLD_BY =
  /^(?:indiqu|confirm|annonc|donn|communiqu|fourni|rapport|publi|rendu|livr|avanc|dress|etabli|transmi|given|provid|report|announc|releas|publish|issu|compil|shar)/u;

/** « C'est ce qu'indique le ministère », « voilà ce qu'a annoncé l'armée », « c'est le bilan avancé par le FLA »: a sentence that gives the words before it to the speaker it names. */
const WHAT_WAS_SAID: Record<LexiconLanguage, PatternTable<true>> = {
  fr: new PatternTable([
    ["c' est|etait ce qu'|que", true],
    ["voila|voici ce qu'|que", true],
    // « C'est le bilan avancé lundi par le FLA »: the toll just told, given by whom the sentence names (not « c'est le bilan le plus lourd »).
    ["c' est|etait le|un bilan|chiffre provisoire|officiel? avance|donne|annonce|communique|fourni|publie|livre|etabli|dresse|rapporte", true],
  ]),
  en: new PatternTable([["that|this is|was what", true]]),
};

/**
 * The speaker of a sentence that opens by telling back what the sentence
 * before said, in the passive: « L'information a été indiquée dans un
 * communiqué du gouvernorat », "The figures were confirmed by police"; or
 * by pointing back at them: « C'est ce qu'indique le ministère de la
 * Défense ». Not « le bilan est de 40 morts », which tells what it is.
 */
function tellerBack(tokens: readonly Token[], mentions: readonly Mention[], lang: LexiconLanguage): Mention | undefined {
  const said = WHAT_WAS_SAID[lang].longestAt(tokens, 0);
  // « C'est le bilan avancé dans un communiqué par le FLA »: the statement is how, the name after it who.
  if (said !== undefined) {
    const mention = mentions.find((m) => m.start >= said.end && m.cue.role !== "pronoun" && (m.cue.role !== "statement" || m.of !== undefined));
    return mention?.of && mention.cue.complement ? mention.of : mention;
  }
  const opening = TOLD_BACK[lang].scan(tokens.slice(0, 4)).find((m) => m.start === 0);
  if (opening === undefined || !PASSIVE_AUXILIARIES.has(tokens[opening.end]?.folded ?? "")) return undefined;
  let verb = opening.end + 1;
  if (tokens[verb]?.folded === "ete" || tokens[verb]?.folded === "been") verb += 1;
  if (!TOLD_BY.test(tokens[verb]?.folded ?? "")) return undefined;
  // « communiqué dimanche à Radio Ndeke Luka par le sous-préfet »: the one told is not the teller.
  const mention = mentions.find((m) => m.start > verb && m.cue.role !== "pronoun" && !isTold(tokens, m.start, lang));
  // « dans un communiqué du gouvernorat »: the statement's issuer.
  return mention?.of && mention.cue.complement ? mention.of : mention;
}

/** Participles of taking up words or places again (« repris par »): carried on by an outlet, or taken back by a force. */
const TAKEN_UP: ReadonlySet<string> = new Set(["repris", "reprise", "reprises"]);

/**
 * Whether a sentence tells of words an outlet took up (« selon un
 * communiqué de l'archidiocèse repris par Radio Evangelium »): « repris
 * par » and an outlet, its article between at most. A force retakes a
 * place; an outlet only carries words on.
 */
function carriedByOutlet(tokens: readonly Token[], mentions: readonly Mention[]): boolean {
  return tokens.some((t, k) => {
    if (!TAKEN_UP.has(t.folded) || tokens[k + 1]?.folded !== "par") return false;
    const at = DEFINITE_ARTICLES.has(tokens[k + 2]?.folded ?? "") ? k + 3 : k + 2;
    return mentions.some((m) => m.start === at && m.cue.kind === "media");
  });
}

/** Words before the one a thing was told to: « à la radio », "to Reuters". */
const TOLD_TO: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(["a", "au", "aux"]), en: new Set(["to"]) };

/** Whether the mention starting at `start` is the one told (« à Radio Ndeke Luka », "to the BBC"), its article between. */
function isTold(tokens: readonly Token[], start: number, lang: LexiconLanguage): boolean {
  const before = tokens[start - 1]?.folded ?? "";
  return TOLD_TO[lang].has(before) || (DEFINITE_ARTICLES.has(before) && TOLD_TO[lang].has(tokens[start - 2]?.folded ?? ""));
}

/**
 * The entries with every alias that another entry's id, name or earlier
 * alias already folds to left out: one acronym given to two names ("the
 * Kidal Restoration Forces (PRF)", later "the Boni Restoration Forces
 * (PRF)") must not make references ambiguous, which `parseIncident` refuses.
 * The entry keeps its own name; the alias it shares is a guess the draft
 * cannot settle.
 */
function withOwnNames<T extends { id: string; name: string; aliases?: string[] }>(entries: readonly T[]): T[] {
  const owner = new Map<string, string>();
  for (const e of entries) for (const name of [e.id, e.name]) if (!owner.has(normalizeName(name))) owner.set(normalizeName(name), e.id);
  return entries.map((e) => {
    if (e.aliases === undefined) return e;
    const aliases = e.aliases.filter((a) => {
      const folded = normalizeName(a);
      const other = owner.get(folded);
      if (other !== undefined && other !== e.id) return false;
      owner.set(folded, e.id);
      return true;
    });
    if (aliases.length === e.aliases.length) return e;
    const { aliases: _, ...rest } = e;
    return (aliases.length > 0 ? { ...rest, aliases } : rest) as T;
  });
}

interface SentenceContext {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly lang: LexiconLanguage;
  readonly book: DraftBook;
  readonly outlet: DraftSource;
  readonly speeches: readonly Attributed[];
  /** Acts of speech whose subject is denied ("no group claimed"): no one's words, but their verbs are no hedge of the sentence. */
  readonly muted: readonly Attributed[];
  readonly inherited: Attributed | undefined;
  readonly lastSpeaker: Speaker | undefined;
  /** What the lexicon reads in the sentence, once. */
  readonly reading: PhraseReading;
  /** Clauses that tell of another incident (character offsets in the sentence): no claim of theirs, and their conditional hedges nothing. */
  readonly asides: readonly (readonly [number, number])[];
}

function attribute(
  speech: Speech,
  book: DraftBook,
  earlier: Speaker | undefined,
  previous: Speaker | undefined,
  mentions: readonly Mention[],
  tokens: readonly Token[],
): Attributed | undefined {
  const lastSpeaker = earlier ?? previous;
  // « La police …, selon son porte-parole », "the group, its spokesman said": the sentence's own subject, before anyone earlier.
  const possessive = speech.speaker.cue.role === "same-speaker" && POSSESSIVE_DETERMINERS.has(tokens[speech.speaker.start]?.folded ?? "");
  // « le JNIM a diffusé un message, dans lequel il qualifie… », "a statement in which it said": the pronoun after a relative one is the statement's author, the subject.
  const inWhich = speech.speaker.cue.role === "pronoun" && RELATIVE_PRONOUNS.has(tokens[speech.speaker.start - 1]?.folded ?? "");
  // « Le groupe assure avoir tué 22 soldats et pris le poste, dont il dit avoir emporté des armes »: one who already spoke in the sentence goes on.
  const subject = possessive || (inWhich && earlier === undefined) ? firstSubjectBy(mentions, tokens, speech.speaker.start) : undefined;
  const speaker = book.speakerOf(subject ?? speech.speaker, lastSpeaker, speech.inStatement);
  if (speaker === undefined) return undefined;
  const relays = speech.relays.map((r) => book.speakerOf(r, undefined, false)?.source).filter((s): s is DraftSource => s !== undefined && s !== speaker.source);
  const early = relayBefore(tokens, mentions, book, speech.speaker.start);
  const verbHedge = speech.cue.kind === "verb" ? speech.cue.hedge : speech.cue.kind === "responsibility" ? "claimed" : undefined;
  const hedge = verbHedge === "claimed" && !speaker.party ? undefined : verbHedge;
  const partners = speech.partners ?? [];
  // "The YBS said the strike killed four civilians and denied any link": the joined verb's own words are only the verb.
  const span: [number, number] = speech.joined
    ? [speech.at, speech.end]
    : [Math.min(speech.at, speech.speaker.start, ...partners.map((p) => p.start)), Math.max(speech.end, speech.speaker.end, ...partners.map((p) => p.end))];
  const also = partners
    .map((p) => book.speakerOf(p, lastSpeaker, speech.inStatement))
    .filter((s): s is Speaker => s !== undefined && s.source !== speaker.source);
  return {
    speaker,
    ...(also.length > 0 ? { also } : {}),
    relays: [...relays, ...early.filter((r) => !relays.includes(r) && r !== speaker.source)],
    ...(hedge ? { hedge } : {}),
    span,
    ...(speech.reporting ? { reporting: speech.reporting } : {}),
    at: speech.at,
    ...(speech.from !== undefined ? { from: speech.from } : {}),
    responsibility: speech.cue.kind === "responsibility",
    denies: isDenial(speech.cue),
    mention: subject ?? speech.speaker,
  };
}

/**
 * An act of speech with the relays its source's words last came through
 * when it names none (« a déclaré à l'AFP le porte-parole … », then « a-t-il
 * ajouté »: still to AFP); one that names relays records them.
 */
function withKnownRelays(speech: Attributed, relaysOf: Map<string, readonly DraftSource[]>): Attributed {
  const id = speech.speaker.source.id;
  if (speech.relays.length > 0) {
    relaysOf.set(id, speech.relays);
    return speech;
  }
  const known = relaysOf.get(id);
  return known === undefined ? speech : { ...speech, relays: known };
}

/** A relay named before its speaker: « Sollicitée par RFI, l'armée… », "Contacted by AFP, the army…". */
function relayBefore(tokens: readonly Token[], mentions: readonly Mention[], book: DraftBook, speakerStart: number): DraftSource[] {
  const out: DraftSource[] = [];
  for (const m of mediaByOf(tokens, mentions)) {
    if (m.end > speakerStart) continue;
    const source = book.speakerOf(m, undefined, false)?.source;
    if (source) out.push(source);
  }
  return out;
}

const MEDIA_BY = new WeakMap<readonly Mention[], readonly Mention[]>();

/** The outlets named after « par », "by" in a sentence, in the order of its mentions, found once per sentence. */
function mediaByOf(tokens: readonly Token[], mentions: readonly Mention[]): readonly Mention[] {
  let found = MEDIA_BY.get(mentions);
  if (found === undefined) {
    found = mentions.filter((m) => {
      if (m.cue.kind !== "media") return false;
      const by = tokens[m.start - 1]?.folded === "l'" ? tokens[m.start - 2]?.folded : tokens[m.start - 1]?.folded;
      return by === "par" || by === "by";
    });
    MEDIA_BY.set(mentions, found);
  }
  return found;
}

const SUBJECTS = new WeakMap<readonly Mention[], { readonly subjects: readonly Mention[]; readonly lowest: Int32Array }>();

/**
 * The first mention, in the order of the sentence's mentions, that names
 * someone (no pronoun, no outlet) and ends by token `at`: a search of all
 * the mentions, answered from their running lowest end so that each
 * speaker does not read the sentence again. A quotation that opens the
 * sentence is the speaker's words, never its subject: in « « Nos forces ont
 * fait face… », a déclaré son porte-parole », « son » is not the forces'.
 */
function firstSubjectBy(mentions: readonly Mention[], tokens: readonly Token[], at: number): Mention | undefined {
  let known = SUBJECTS.get(mentions);
  if (known === undefined) {
    const quoted = openingQuotationEnd(tokens);
    const subjects = mentions.filter((m) => m.cue.anaphor === undefined && m.cue.kind !== "media" && m.start >= quoted);
    const lowest = new Int32Array(subjects.length);
    subjects.forEach((m, i) => {
      lowest[i] = i === 0 ? m.end : Math.min(lowest[i - 1]!, m.end);
    });
    known = { subjects, lowest };
    SUBJECTS.set(mentions, known);
  }
  // The running lowest end only falls: the first mention to end by `at` is where it first does.
  let low = 0;
  let high = known.subjects.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (known.lowest[mid]! <= at) high = mid;
    else low = mid + 1;
  }
  return known.subjects[low];
}

/** The act of speech a fact at token `at` belongs to: the one in its clause, else the sentence's first, else the paragraph's last. */
function speechFor(context: SentenceContext, at: number): Attributed | undefined {
  const { speeches: all } = context;
  // "The attack in Bannu came weeks after the prime minister announced …": the words before that clause are the outlet's.
  const speeches = all.some((s) => s.from !== undefined) ? all.filter((s) => s.from === undefined || at >= s.from) : all;
  if (speeches.length === 0) return all.length === 0 ? context.inherited : undefined;
  if (speeches.length === 1) return speeches[0];
  const clauses = clausesOf(context);
  const clause = clauses.of(at);
  // "X said three were killed, and eyewitnesses said two were civilians": words after a speaker and its verb are that speaker's.
  const said = clauses.said.get(clause);
  // « Selon les habitants, un commerçant … parle de douze morts »: an attribution that opens the clause covers it whole.
  const opening = clauses.first.get(clause);
  if (said !== undefined && opening !== undefined && said.includes(opening)) {
    let low = 0;
    let high = said.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (said[mid]!.span[1] <= at) low = mid + 1;
      else high = mid;
    }
    if (low > 0) return ownsWordAt(said[low - 1]!, at) ?? speeches[0];
  }
  return ownsWordAt(clauses.first.get(clause), at) ?? speeches[0];
}

/** The speech, unless the word at `at` stands before the clause of time it is in. */
function ownsWordAt(speech: Attributed | undefined, at: number): Attributed | undefined {
  return speech?.from !== undefined && at < speech.from ? undefined : speech;
}

/**
 * Whether a speech's verb is joined to its speaker's earlier one ("The YBS said … and denied"): its span is the verb alone,
 * past the speaker's mention, and like a speaker before its verb it owns the words after it.
 */
function isJoined(speech: Attributed): boolean {
  return speech.mention !== undefined && speech.span[0] >= speech.mention.end;
}

interface Clauses {
  /** The clause of token `i`: how many clause boundaries stand at or before it. */
  readonly of: (i: number) => number;
  /** The first speech (in the order of `speeches`) of each clause. */
  readonly first: ReadonlyMap<number, Attributed>;
  /** The speeches of each clause whose speaker stands before its verb ("eyewitnesses said"), by the end of their words. */
  readonly said: ReadonlyMap<number, readonly Attributed[]>;
}

/** The clauses of each sentence's tokens, found once per sentence, not once per candidate, so that drafting stays linear in a sentence's length. */
const CLAUSES = new WeakMap<SentenceContext, Clauses>();

function clausesOf(context: SentenceContext): Clauses {
  const known = CLAUSES.get(context);
  if (known) return known;
  const { speeches, tokens, lang } = context;
  // "they insisted that no life was lost while residents said two were killed": a contrast that opens another speaker's clause ends the clause, comma or not.
  const speechStarts = new Set(speeches.filter((s) => !isJoined(s)).map((s) => s.span[0]));
  const opensSpeech = (i: number) => speechStarts.has(i + 1) || speechStarts.has(i + 2);
  const upTo = new Int32Array(tokens.length);
  let count = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.text === ";" || (CONTRAST[lang].includes(t.folded) && (tokens[i - 1]?.text === "," || opensSpeech(i)))) count += 1;
    upTo[i] = count;
  }
  const of = (i: number) => (i < 0 || tokens.length === 0 ? 0 : upTo[Math.min(i, tokens.length - 1)]!);
  const first = new Map<number, Attributed>();
  const said = new Map<number, Attributed[]>();
  for (const s of speeches) {
    const clause = of(s.at);
    if (!first.has(clause)) first.set(clause, s);
    if (s.span[0] < s.at || isJoined(s)) {
      const list = said.get(clause);
      if (list) list.push(s);
      else said.set(clause, [s]);
    }
  }
  for (const list of said.values()) list.sort((a, b) => a.span[1] - b.span[1]);
  const clauses = { of, first, said };
  CLAUSES.set(context, clauses);
  return clauses;
}

const HAS = new WeakMap<readonly Token[], Map<ReadonlySet<string>, boolean>>();

/** Whether a sentence holds one of `words`, read once per sentence and list, not once per candidate. */
function sentenceHas(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  let known = HAS.get(tokens);
  if (known === undefined) {
    known = new Map();
    HAS.set(tokens, known);
  }
  let has = known.get(words);
  if (has === undefined) {
    has = tokens.some((t) => words.has(t.folded));
    known.set(words, has);
  }
  return has;
}

interface Spans {
  /** Whether token `i` is inside a speaker's span (cue and mention). */
  readonly covers: (i: number) => boolean;
  /** Where the spans of speakers who can be counted start: « 28 soldats et il dit » counts no pronoun. */
  readonly starts: ReadonlySet<number>;
}

const SPANS = new WeakMap<SentenceContext, Spans>();

/** The tokens the sentence's speakers' words cover, found once per sentence, not once per candidate. */
function speakerSpans(context: SentenceContext): Spans {
  const known = SPANS.get(context);
  if (known) return known;
  const n = context.tokens.length;
  // How many spans open minus close at each token, then their running sum: the spans over each token.
  const delta = new Int32Array(n + 2);
  const starts = new Set<number>();
  for (const s of context.speeches) {
    // A verb joined to the speaker's earlier one ("… and denied") opens no speaker's name.
    if (s.mention?.cue.anaphor !== "speaker" && !isJoined(s)) starts.add(s.span[0]);
    const from = Math.max(0, s.span[0]);
    const to = Math.min(n + 1, s.span[1]);
    if (from >= to) continue;
    if (from > n) continue;
    delta[from] = delta[from]! + 1;
    delta[to] = delta[to]! - 1;
  }
  const over = new Int32Array(n + 2);
  let running = 0;
  for (let i = 0; i <= n + 1; i += 1) {
    running += delta[i]!;
    over[i] = running;
  }
  const spans: Spans = { covers: (i) => i >= 0 && i <= n + 1 && over[i]! > 0, starts };
  SPANS.set(context, spans);
  return spans;
}

const PLACES = new WeakMap<SentenceContext, ReturnType<typeof findPlaces>>();

/** The places a sentence names, found once per sentence. */
function placesIn(context: SentenceContext): ReturnType<typeof findPlaces> {
  let places = PLACES.get(context);
  if (places === undefined) {
    places = findPlaces(context.tokens, context.lang, context.book, context.mentions);
    PLACES.set(context, places);
  }
  return places;
}

/** Whether tokens `from`…`to` are all words, with no comma or mark between them. */
function wordsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t += 1) if (tokens[t]!.kind !== "word") return false;
  return true;
}

/** The first token that ends after `offset` (`tokens.length` if none), by bisection: tokens stand in order. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (tokens[mid]!.end > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Where a candidate's words are in the sentence: for its first word (the
 * cue) at each of its places, the nearest place of every other word, and of
 * those the smallest span; with the offset of each word. `undefined` when a
 * word is missing.
 */
function locate(sentence: string, words: readonly string[]): { span: [number, number]; at: number[] } | undefined {
  const places = words.map((w) => placesOf(sentence, w));
  if (places.some((p) => p.length === 0)) return undefined;
  let best: { span: [number, number]; at: number[] } | undefined;
  for (const anchor of places[0]!) {
    const at = places.map((p, i) => (i === 0 ? anchor : p.reduce((a, b) => (Math.abs(b - anchor) < Math.abs(a - anchor) ? b : a))));
    const start = Math.min(...at);
    const end = Math.max(...at.map((a, i) => a + words[i]!.length));
    if (end > start && (best === undefined || end - start < best.span[1] - best.span[0])) best = { span: [start, end], at };
  }
  return best;
}

/** Whether a comma and a word that opens a new clause ("and", "that", « et », « que ») stand between tokens `from` and `to`. */
function clauseOpensBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t += 1) {
    const next = tokens[t + 1]?.folded ?? "";
    if (tokens[t]!.text === "," && (AND_WORDS.has(next) || THAT_WORDS.has(next))) return true;
  }
  return false;
}

function claimOf(candidate: PhraseCandidate, context: SentenceContext): Omit<DraftClaim, "id"> | undefined {
  if (candidate.value === undefined) return undefined;
  const { sentence, tokens, lang, book } = context;
  const located = locate(sentence.text, candidate.words);
  if (located === undefined) return undefined;
  const span = located.span;
  const first = tokenAt(tokens, span[0]);
  const lastToken = tokenAt(tokens, span[1] - 1);
  const refusal = candidate.value === "withheld" || candidate.value === "unknown";
  // « Il n'a pas donné de bilan », "did not give a toll": no figure came, and no one declined to give one.
  if (candidate.value === "withheld" && isSilence(candidate.words[0] ?? "", lang)) return undefined;
  // « n'a donné aucun chiffre », "gave no figures": the verb of giving stands before the words the lexicon read.
  if (candidate.value === "withheld" && isSilence(sentence.text.slice(Math.max(0, span[0] - 24), span[1]), lang)) return undefined;
  let attributed = speechFor(context, first);
  // A refusal is someone's: « Aucune information n'a été fournie » names no one who refused, and is no claim.
  if (refusal && context.speeches.length === 0) attributed = refuser(context, first);
  if (refusal && attributed === undefined) return undefined;
  // People freed or rescued (« onze otages secourus », "freed 12 hostages") are no count of people taken.
  // A refusal counts no one: "declined to give the number of people abducted, citing ongoing rescue efforts" stays one.
  if (candidate.facet === "captured-persons" && !refusal && freedAmong(context.tokens, lastToken, lang)) return undefined;
  // The speaker's own words hold no fact, but a refusal is what they say ("declined to give a toll": a verb of giving a figure).
  // A speech inherited from the sentence before has its span in that sentence's tokens, so it covers none of these.
  if (!refusal && attributed !== undefined && attributed !== context.inherited && first >= attributed.span[0] && lastToken < attributed.span[1])
    return undefined;
  const source = attributed?.speaker.source ?? context.outlet;

  if (!candidate.not && isIntent(tokens, first, lang)) return undefined;
  const about: DraftClaim["about"] = { facet: candidate.facet };
  if (candidate.quantity) {
    const phraseAt = located.at[candidate.words.indexOf(candidate.quantity.phrase)] ?? sentence.text.indexOf(candidate.quantity.phrase);
    const scope = countedScope(tokens, tokenAt(tokens, phraseAt), tokenAt(tokens, phraseAt + candidate.quantity.phrase.length), lang);
    if (scope.uncounted) return undefined;
    // « Deux sources sécuritaires », "Two intelligence officials": a count of those who speak, not of the dead.
    const afterCount = tokenAt(tokens, phraseAt + candidate.quantity.phrase.length);
    // A word or two may qualify them before the noun the speaker's mention holds ("Two intelligence officials").
    const countAt = tokenAt(tokens, phraseAt);
    // "the only one", « le seul »: a pronoun, not a count.
    if (ONE[lang].has(tokens[countAt]?.folded ?? "") && NOT_A_COUNT_BEFORE_ONE.has(tokens[countAt - 1]?.folded ?? "")) return undefined;
    // "We buried 38 people": the buried are counted after the verb; « un commerçant …, qui dit avoir aidé à enterrer » is who speaks.
    // "31 people had been buried", « onze corps ont été inhumés »: in the passive, before it.
    const burial = /^(?:buri|bury|enterr|inhum)/iu.test(candidate.words[0] ?? "") ? (located.at[0] ?? -1) : -1;
    if (burial >= 0 && phraseAt < burial && !BURIED_PASSIVE.has(tokens[tokenAt(tokens, burial) - 1]?.folded ?? "")) return undefined;
    // "four attackers intended to rescue or kill him", « voulaient tuer »: a count before the bare infinitive counts those who would kill, not the dead.
    if (/^(?:kill|tuer|massacrer|abattre)$/iu.test(candidate.words[0] ?? "") && phraseAt < (located.at[0] ?? 0)) return undefined;
    // "bodies are lying there because there is nobody to bury them": a zero stands before what it counts ("no one was killed"), never clauses after it.
    const cueAt = located.at[0] ?? phraseAt;
    if (candidate.quantity.high === 0 && phraseAt > cueAt && countAt - tokenAt(tokens, cueAt) > 3) return undefined;
    // The count is in a speaker's words, or a word or two before them ("Two intelligence officials"); « Selon un habitant »: the count is the speaker's own words.
    const spans = speakerSpans(context);
    const speakersCount =
      spans.covers(afterCount) ||
      spans.covers(countAt) ||
      [afterCount + 1, afterCount + 2].some((start) => spans.starts.has(start) && wordsBetween(tokens, afterCount, start));
    if (speakersCount) return undefined;
    // "seven more bodies", "two of them were in critical condition": the toll rising, or the state of a part already counted.
    if (isIncrementOrState(tokens, afterCount, lang)) return undefined;
    // "31 wounded …, nine of them children, and that the death toll could rise": a part takes the facet of those it is part of, never
    // a word after the next clause opens ("11 Palestinians, four of them children, were killed" keeps its verb).
    const cueAfter = Math.max(...located.at.filter((at, i) => candidate.words[i] !== candidate.quantity!.phrase && at > phraseAt), -1);
    if (cueAfter >= 0 && isPartOfCounted(tokens, afterCount, lang) && clauseOpensBetween(tokens, afterCount, tokenAt(tokens, cueAfter))) return undefined;
    // « 22 corps », "nine bodies": the dead, whatever word the count was paired with.
    if (scope.bodies) about.facet = "killed";
    // « une trentaine d'hommes armés … avant d'incendier des cases »: people are never what was destroyed or seized.
    if ((about.facet === "destroyed" || about.facet === "seized") && countsPeople(tokens, countAt, afterCount + 1, lang)) return undefined;
    if (scope.item !== undefined && PEOPLE_COUNTS.has(about.facet)) {
      // « un pick-up … neutralisé »: a thing put out of action is destroyed; things are not killed or taken prisoner.
      if (about.facet === "neutralized") about.facet = "destroyed";
      else if (about.facet === "captured-persons") about.facet = "seized";
      else return undefined;
    }
    const party = scope.country ? book.stateOf(scope.country) : scope.group === "soldiers" ? book.soleState() : undefined;
    if (party) about.party = party.id;
    if (scope.group) about.group = scope.group;
    if (scope.item) about.item = scope.item;
  }
  if (refusal && attributed?.speaker.party && sentenceHas(context.tokens, OWN[lang])) {
    // « ses propres pertes », "its own casualties": the refusal is about the speaker's own side.
    const actor = context.book.actorById(attributed.speaker.source.actor);
    if (actor) about.party = actor.id;
  }
  if (candidate.facet === "control") {
    const places = placesIn(context);
    const place = places.find((p) => p.camp) ?? places[0];
    if (place) about.place = place.place.id;
    // « s'être emparé de nombreuses armes », "seized weapons": things taken, not ground; « repris le contrôle du village » is ground.
    else if (tokens.slice(lastToken + 1, lastToken + 5).some((t) => ITEMS[lang].has(t.folded) && !PLACE_NOUNS[lang].includes(t.folded))) return undefined;
  }
  const read = candidate.quantity ? quantityValue(candidate.quantity, candidate.value, lang) : candidate.value;
  // Bodies counted or buried (« 22 corps », "We buried 38 people") are at least that many dead: more may lie uncounted.
  const counted = candidate.facet === "killed" && BURIED.test(candidate.words.join(" "));
  const value = counted && typeof read === "number" ? { atLeast: read } : read;
  // What a source denies (« a démenti toute prise du poste ») is the fact with `not`; a denied figure is no figure.
  // "denied involvement, accusing the military of carrying out the strike with its own drones": the counter-accusation denies nothing.
  // « a démenti … et assuré que les policiers avaient « repoussé les bandits » »: what is said again after the denial is asserted.
  const denied =
    attributed?.denies === true &&
    first >= attributed.at &&
    !accusedBetween(tokens, attributed.at + 1, first) &&
    !saysAgainBetween(tokens, attributed.at + 1, first, lang);
  if (denied && candidate.quantity) return undefined;
  // "The RSF denied shelling the camp": a side denies that it did the deed (its authorship), not that shells fell; a denied means
  // would set the denier against everyone who saw the shelling, whoever fired.
  if (denied && candidate.facet === "means") return undefined;
  // "It is not true (that 200 people were killed)", « c'est faux »: the words after a rebuttal are the figure rebutted, no one's claim.
  if (rebuttedBefore(tokens, first, lang)) return undefined;
  // "did not respond to requests for comment on reports that three soldiers were killed": the figure is the question put, no one's claim.
  if (!refusal && inQuestionPut(tokens, first, lang)) return undefined;
  const not = denied ? !candidate.not : candidate.not === true;
  const hedge = strongest(candidate.value === "withheld" || candidate.value === "unknown" ? undefined : readHedge(context), attributed?.hedge);
  const via = viaOf(attributed, context.outlet);
  return {
    source: source.id,
    ...(via.length > 0 ? { via } : {}),
    about,
    value,
    ...(not ? { not: true as const } : {}),
    quote: sentence.text.slice(span[0], span[1]),
    ...(hedge ? { hedge } : {}),
    evidence: { start: sentence.start + span[0], end: sentence.start + span[1] },
  };
}

const RESCUED: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "secouru",
    "secourus",
    "secourues",
    "libere",
    "liberes",
    "liberees",
    "liberee",
    "relache",
    "relaches",
    "relachees",
    "delivre",
    "delivres",
    "evade",
    "evades",
  ]),
  en: new Set(["freed", "rescued", "released", "liberated", "escaped", "free", "rescue", "release"]),
};

/** Words after a count of people taken that make those freed next some of them (« huit enlevées, dont trois ont été libérées », "of whom three were freed"). */
const SOME_OF_THEM: ReadonlySet<string> = new Set([...PART_MARKERS.map((marker) => marker.split(" ")[0]!), "whom", ";"]);

/**
 * Whether the people a count of people taken counts were freed or rescued
 * (« onze otages secourus », "freed 12 hostages"): a word of rescue in the
 * sentence, unless it follows the count with « dont », "of whom", « ; »
 * between (« huit personnes enlevées, dont trois ont été libérées »): then
 * the freed are some of those taken, who were taken all the same.
 */
function freedAmong(tokens: readonly Token[], count: number, lang: LexiconLanguage): boolean {
  const freed = tokens.findIndex((t) => RESCUED[lang].has(t.folded));
  if (freed < 0) return false;
  return !(freed > count && tokens.slice(count + 1, freed).some((t) => SOME_OF_THEM.has(t.folded)));
}

/** The word "one" (« un », « une »), and the words before it that make it a pronoun ("the only one", "each one", « l'un »). */
const ONE: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(["un", "une"]), en: new Set(["one"]) };
const NOT_A_COUNT_BEFORE_ONE = new Set(["the", "only", "this", "that", "each", "every", "no", "any", "which", "l'", "seul", "chaque", "aucun"]);

/** Determiners that deny their noun: "no group" claimed nothing. */
const NO_ONE = new Set(["no", "aucun", "aucune", "nul", "nulle"]);

/** The facets of a scene that an arrest's sentence tells of the arrest, not of the attack (its tolls stay the attack's). */
const ARREST_SCENE_FACETS: ReadonlySet<string> = new Set(["location", "occurred", "target", "means"]);

/** Whether the speaker mention at token `at` opens a relative clause after a comma (", which the military says …", « , que l'armée dit … »). */
function speaksInRelative(tokens: readonly Token[], at: number): boolean {
  const article = DEFINITE_ARTICLES.has(tokens[at - 1]?.folded ?? "") ? 1 : 0;
  return RELATIVE_PRONOUNS.has(tokens[at - 1 - article]?.folded ?? "") && tokens[at - 2 - article]?.text === ",";
}

/** Whether an act of speech's subject is denied by its determiner ("no group had claimed", « aucun groupe n'a revendiqué »). */
function deniedSubject(speech: Attributed, tokens: readonly Token[]): boolean {
  return speech.mention !== undefined && NO_ONE.has(tokens[speech.mention.start - 1]?.folded ?? "");
}

/** Words of a refusal about the speaker's own side (« ses propres pertes », "its own casualties"). */
const OWN: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(["propres"]), en: new Set(["own"]) };

/** Auxiliaries of the passive right before a verb of burial ("had been buried", « ont été inhumés »): the buried were counted before it. */
const BURIED_PASSIVE: ReadonlySet<string> = new Set(["been", "were", "was", "are", "ete", "sont", "etaient", "furent"]);

/** Words of bodies counted or buried, whose count is a lower bound of the dead. */
const BURIED = /\b(?:corps|cadavres|dépouilles|bodies|corpses|buried|bury|burying|enterr|inhum)/iu;

/** Values that answer no figure: a refusal names no dead, so labels none of them. */
const REFUSALS = new Set(["withheld", "unknown"]);

/** Words before a fact that make it an aim, not an outcome: « pour repousser », « une volonté de reprendre », "to retake", "tried to seize". */
const INTENT: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["pour", "afin", "de", "d'", "visant", "cherchant", "voulant", "tenter", "tente", "essaye", "chercher"]),
  en: new Set(["to", "trying", "tried", "attempting", "attempted", "seeking", "sought", "bid"]),
};

/** The French reflexive pronouns, folded (« se retirer », « s'emparer »). */
const REFLEXIVES: ReadonlySet<string> = new Set(["s'", "se"]);

function isIntent(tokens: readonly Token[], first: number, lang: LexiconLanguage): boolean {
  // « tenté de s'emparer du camp »: the reflexive pronoun stands between the aim and its verb, before the fact's words or as their first.
  const opens = REFLEXIVES.has(tokens[first]?.folded ?? "") ? 1 : 0;
  const reflexive = opens === 0 && REFLEXIVES.has(tokens[first - 1]?.folded ?? "") ? 1 : 0;
  const before = tokens[first - 1 - reflexive]?.folded ?? "";
  const word = tokens[first + opens]?.folded ?? "";
  const infinitive = lang === "en" ? before === "to" : word.endsWith("er") || word.endsWith("re") || word.endsWith("ir");
  // « a permis de neutraliser plusieurs dizaines de terroristes », "managed to kill": an aim reached is an outcome.
  if (ACHIEVED.has(tokens[first - 2 - reflexive]?.folded ?? "")) return false;
  // « fait état de quatre soldats tués »: a number word that ends like an infinitive is a count, not an aim.
  return infinitive && INTENT[lang].has(before) && readNumberWords(tokens, first, lang) === undefined;
}

/** Nouns of men the counted groups leave out, as armed men are told (« une trentaine d'hommes armés », "gunmen" is in them). */
const MEN = new Set(["hommes", "homme", "men"]);

/** Whether tokens `from`…`to` (a count and the word after it) count people: a noun of {@link PEOPLE}, or men. */
function countsPeople(tokens: readonly Token[], from: number, to: number, lang: LexiconLanguage): boolean {
  for (let t = from; t <= to && t < tokens.length; t += 1) if (PEOPLE[lang].has(tokens[t]!.folded) || MEN.has(tokens[t]!.folded)) return true;
  return false;
}

/** Words before « de » or "to" that make the verb after them done, not aimed at (« a permis de », « est parvenue à », "managed to"). */
const ACHIEVED = new Set(["permis", "permet", "permettant", "permettait", "parvenu", "parvenue", "parvenus", "reussi", "managed", "possible", "able"]);

/** Words that may stand between an actor and the verb of its deed ("militants also attacked", « les jihadistes ont ensuite attaqué »). */
const SUBJECT_VERB_GAP = new Set([
  // "Rapid Support Forces fighters killed": the group's members, whose deed is the group's.
  "fighters",
  "militants",
  "rebels",
  "insurgents",
  "gunmen",
  "members",
  "troops",
  "forces",
  "soldiers",
  "militiamen",
  "group",
  "groupe",
  "militia",
  "milice",
  "movement",
  "mouvement",
  "jihadists",
  "combattants",
  "jihadistes",
  "djihadistes",
  "rebelles",
  "elements",
  "hommes",
  "also",
  "reportedly",
  "allegedly",
  "then",
  "later",
  "again",
  "first",
  "had",
  "have",
  "has",
  "ont",
  "a",
  "avaient",
  "avait",
  "aussi",
  "ensuite",
  "egalement",
  "deja",
]);

/** Words that call what follows untrue: "not true", "untrue", "false", « pas vrai », « faux », « infondé ». */
const REBUTTALS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["faux", "fausse", "fausses", "infonde", "infondee", "infondes", "infondees", "mensonger", "mensongere", "mensongers", "mensongeres"]),
  en: new Set(["untrue", "false", "baseless", "unfounded"]),
};

/** Whether a rebuttal stands in the sentence ("It is not true that …", « Il est faux de dire que … », "described the report … as untrue"). */
function rebuttedBefore(tokens: readonly Token[], _at: number, lang: LexiconLanguage): boolean {
  // "described the report that two locals were killed as untrue": the rebuttal may also close the figure it rebuts.
  return firstRebuttal(tokens, lang) < tokens.length;
}

/** The first rebuttal's token in a sentence, or its length: found once per sentence, so that reading stays linear. */
const rebuttals = new WeakMap<readonly Token[], number>();
function firstRebuttal(tokens: readonly Token[], lang: LexiconLanguage): number {
  const known = rebuttals.get(tokens);
  if (known !== undefined) return known;
  let found = tokens.length;
  for (let t = 0; t < tokens.length && found === tokens.length; t += 1) {
    const word = tokens[t]!.folded;
    if (REBUTTALS[lang].has(word)) found = t;
    else if ((word === "true" || word === "vrai" || word === "exact") && ["not", "pas", "n't"].includes(tokens[t - 1]?.folded ?? "")) found = t;
  }
  rebuttals.set(tokens, found);
  return found;
}

/** Whether a sentence names a month with no day (« en janvier », "In January,"): a time told by the month alone. */
function bareMonth(tokens: readonly Token[], lang: LexiconLanguage): boolean {
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    if (tokens[i]!.folded !== "in" && tokens[i]!.folded !== "en") continue;
    if (!CALENDAR_NAMES[lang].months.includes(tokens[i + 1]!.folded)) continue;
    if (tokens[i + 2]?.kind !== "number") return true;
  }
  return false;
}

/** How many sentences a title, a byline and a date line may take before the dateline's sentence. */
const DATELINE_WITHIN = 4;

/** The incident's year: the year of the first full date the article gives (its dateline, or its lead). */
function incidentYear(sentences: readonly Sentence[], lang: LexiconLanguage): number | undefined {
  // The headline and the lead: a year named further down ("In March 2016, the same group…") dates the background, not the incident.
  const paragraphs = [...new Set(sentences.map((s) => s.paragraph))].slice(0, 2);
  for (const sentence of sentences.slice(0, 6).filter((s) => paragraphs.includes(s.paragraph))) {
    const dated = yearsOf(tokenize(sentence.text, lang), lang).find((y) => !y.since && !y.bare);
    if (dated) return dated.year;
  }
  return undefined;
}

/**
 * A headline, a standfirst's title or a byline (« Par notre correspondant »,
 * "Published On 15 Sep 2024"): a paragraph of one line that does not end a
 * sentence and is no longer than a headline runs. Headlines repeat the
 * article's claims in fewer words, so they propose nothing of their own; a
 * long paragraph whose full stop was lost (copied from a page, the end of a
 * communiqué's lead) is a sentence.
 */
function isHeading(sentence: Sentence, inParagraph: ReadonlyMap<number, number>): boolean {
  const alone = inParagraph.get(sentence.paragraph) === 1;
  const last = sentence.text.trimEnd().at(-1) ?? "";
  return alone && !'.!?…»”"'.includes(last) && sentence.text.split(/\s+/u).length <= HEADING_WORDS;
}

/** The fewest words of a lead: a shorter line before it is a date or a byline (« Publié le : 13/04/2026 », "Published On 14 Jan 2026"). */
const LEAD_WORDS = 6;

/** The longest line that only dates or signs an article (« Publié le : 13/04/2026 - 12:14 », "By Monitor Reporter\nMonday, June 15, 2026"). */
const DATE_LINE_LENGTH = 80;
/** How many paragraphs a title and its standfirst run to before the date line. */
const STANDFIRST_PARAGRAPHS = 4;

/**
 * The paragraph of the line that dates an article when a title and a
 * standfirst stand above it ("Gangs kill at least 40…" / "Priest and
 * children among the dead…" / "Wed 11 Mar 2026"), or 0: the standfirst
 * sums up what the article then tells with its sources, and the reader
 * confirming the draft wants those. A paragraph is such a line when it is
 * short, ends with no full stop, and names a year or opens with « Publié »,
 * "Published", "Updated".
 * With only a title above it, nothing is left out that the title rule does
 * not already leave out.
 */
function datedBelowStandfirst(sentences: readonly Sentence[]): number {
  const paragraphs = new Map<number, string>();
  for (const s of sentences) paragraphs.set(s.paragraph, `${paragraphs.get(s.paragraph) ?? ""} ${s.text}`);
  const first = sentences[0]?.paragraph ?? 0;
  for (const [paragraph, text] of paragraphs) {
    if (paragraph - first > STANDFIRST_PARAGRAPHS) break;
    const line = text.trim();
    const dateLine = line.length <= DATE_LINE_LENGTH && !/[.!?…»”"]$/u.test(line) && /\b(?:19|20)\d\d\b|^(?:Publié|Published|Updated|Mis à jour)/iu.test(line);
    if (paragraph - first >= 2 && dateLine) return paragraph;
  }
  return 0;
}

/** The most words a headline, a standfirst's title or a byline runs to. */
const HEADING_WORDS = 30;

/**
 * The act of speech a quotation opened in `sentence` belongs to: that of the
 * sentence, in the same paragraph and at most three sentences on, where
 * the quotation closes and a verb of saying follows it (« …. Ils ont tué
 * douze personnes », a raconté un habitant.).
 */
function closingSpeech(
  sentences: readonly Sentence[],
  at: number,
  lang: LexiconLanguage,
  introduced: Map<string, Introduced>,
  persons: Map<string, string>,
  book: DraftBook,
  lastSpeaker: Speaker | undefined,
): Attributed | undefined {
  const sentence = sentences[at]!;
  for (let k = at + 1; k < sentences.length && k <= at + 3; k += 1) {
    const next = sentences[k]!;
    if (next.paragraph !== sentence.paragraph) return undefined;
    const tokens = tokenize(next.text, lang);
    const close = tokens.findIndex((t) => CLOSING_QUOTE_MARKS.has(t.text) || t.text === '"');
    if (close < 0) continue;
    const mentions = findMentions(tokens, lang, introduced, persons);
    const speech = findSpeech(tokens, mentions, lang).find((s) => s.at > close);
    const attributed = speech ? attribute(speech, book, undefined, lastSpeaker, mentions, tokens) : undefined;
    return attributed === undefined ? undefined : { ...attributed, span: [0, 0], at: 0 };
  }
  return undefined;
}

/** The token after the quotation that opens a sentence (« « … », a dit X »), or 0 when it opens with none. */
function openingQuotationEnd(tokens: readonly Token[]): number {
  const first = tokens[0]?.text ?? "";
  if (!OPENING_QUOTE_MARKS.has(first) && first !== '"') return 0;
  for (let t = 1; t < tokens.length; t += 1) if (CLOSING_QUOTE_MARKS.has(tokens[t]!.text) || tokens[t]!.text === '"') return t + 1;
  return 0;
}

/** Whether a sentence opens with a quotation mark: words quoted as someone's. */
function opensWithQuote(sentence: string): boolean {
  const first = sentence.trimStart()[0] ?? "";
  return OPENING_QUOTE_MARKS.has(first) || first === '"';
}

/** A post embedded from social media ("pic.twitter.com/…", "— Name (@handle)"): whose words they are is not told by the article. */
function isEmbed(sentence: string): boolean {
  return sentence.includes("pic.twitter.com") || sentence.includes("(@") || sentence.startsWith("—");
}

/**
 * A count as the format writes it: the source's words (`{ phrase }`) where
 * they hold no digit and read alone as the same count, else the figure the
 * lexicon read (« 12 », "about 30" → `{ approx: 30 }`; « une quarantaine »
 * alone could be a quarantine, so its figure is written instead).
 */
function quantityValue(quantity: ParsedQuantity, figure: PhraseCandidate["value"], lang: LexiconLanguage): unknown {
  if (/\d/u.test(quantity.phrase)) return figure;
  const alone = parseQuantity(quantity.phrase, lang);
  return alone !== undefined && alone.low === quantity.low && alone.high === quantity.high ? { phrase: quantity.phrase } : figure;
}

/** Who refuses, when no verb of saying names them: the subject before the refusal (« l'armée n'a pas souhaité… »). */
function refuser(context: SentenceContext, at: number): Attributed | undefined {
  const { mentions, book, tokens } = context;
  // The last mention, in order, that is no outlet and ends by `at`.
  const named = notMedia(mentions);
  const m = named[mentionIndex(named).lastEndingBy(at)];
  if (m === undefined) return undefined;
  const speaker = book.speakerOf(m, context.lastSpeaker, false);
  if (speaker === undefined) return undefined;
  return { speaker, relays: relayBefore(tokens, mentions, book, m.start), span: [m.start, m.end], at: m.start, responsibility: false, denies: false };
}

const NOT_MEDIA = new WeakMap<readonly Mention[], readonly Mention[]>();

/** A sentence's mentions but its outlets, in order, found once per sentence. */
function notMedia(mentions: readonly Mention[]): readonly Mention[] {
  let found = NOT_MEDIA.get(mentions);
  if (found === undefined) {
    found = mentions.filter((m) => m.cue.kind !== "media");
    NOT_MEDIA.set(mentions, found);
  }
  return found;
}

/**
 * The hedge the sentence's words put on it (the conditional, "reportedly"),
 * leaving out the words that attribute it: « selon » and « affirme » say who
 * speaks, which the verb's own hedge already tells.
 */
function readHedge(context: SentenceContext): Exclude<Hedge, "asserted"> | undefined {
  // The same for every claim of the sentence: read once.
  if (HEDGES.has(context)) return HEDGES.get(context);
  const hedge = context.reading.hedge;
  let read: Exclude<Hedge, "asserted"> | undefined;
  if (hedge !== undefined) {
    const at = context.sentence.text.indexOf(hedge.words);
    const token = tokenAt(context.tokens, at);
    const within = (span: readonly [number, number] | undefined) => span !== undefined && token >= span[0] && token < span[1];
    const attributing = [...context.speeches, ...context.muted].some((s) => within(s.span) || within(s.reporting));
    const aside = context.asides.some(([from, to]) => at >= from && at < to);
    read = attributing || aside ? undefined : hedge.hedge;
  }
  HEDGES.set(context, read);
  return read;
}

const HEDGES = new WeakMap<SentenceContext, Exclude<Hedge, "asserted"> | undefined>();

function strongest(a: Exclude<Hedge, "asserted"> | undefined, b: Exclude<Hedge, "asserted"> | undefined): Exclude<Hedge, "asserted"> | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return HEDGE_STRENGTH[a] >= HEDGE_STRENGTH[b] ? a : b;
}

function viaOf(attributed: Attributed | undefined, outlet: DraftSource): string[] {
  if (attributed === undefined || attributed.speaker.source === outlet) return [];
  const chain = attributed.relays.map((r) => r.id);
  if (chain[chain.length - 1] !== outlet.id) chain.push(outlet.id);
  return [...new Set(chain)].filter((id) => id !== attributed.speaker.source.id);
}

/**
 * A person named bare after a lead told by one person in a role (« le
 * porte-parole du gouvernement », then « Abakar Hassane Mahamat a
 * affirmé ») speaks in that role: the person's source takes the lead
 * source's kind and actor, and the role beside the name.
 */
function speaksInRole(book: DraftBook, from: string, to: string, role: string): void {
  const sources = [...book.sources.values()];
  const lead = sources.find((s) => s.id === from);
  const person = sources.find((s) => s.id === to);
  if (lead === undefined || person === undefined) return;
  person.kind = lead.kind;
  if (lead.actor !== undefined) person.actor = lead.actor;
  person.name = `${person.name} (${role})`;
}

/**
 * When and where: the date of an event the sentence names (`occurred`) and
 * the first place it names (`location`), each from the sentence's speaker.
 * A time of day the sentence gives ("at around 9pm", « vers 23 heures »)
 * joins its date, or else falls on the day of the incident (`incidentDay`):
 * sources often tell the hour apart from the day, and disagree on it.
 */
function whenAndWhere(
  context: SentenceContext,
  reference: string | undefined,
  skipBefore: number,
  incidentDay: TimeValue | undefined,
): Omit<DraftClaim, "id">[] {
  const { sentence, tokens, lang } = context;
  const out: Omit<DraftClaim, "id">[] = [];
  const claim = (facet: string, value: unknown, start: number, end: number) => {
    const attributed = speechFor(context, tokenAt(tokens, start));
    const via = viaOf(attributed, context.outlet);
    const hedge = readHedge(context);
    out.push({
      source: (attributed?.speaker.source ?? context.outlet).id,
      ...(via.length > 0 ? { via } : {}),
      about: { facet },
      value,
      quote: sentence.text.slice(start, end),
      ...(hedge ? { hedge } : {}),
      evidence: { start: sentence.start + start, end: sentence.start + end },
    });
  };
  const date = eventDates(sentence, tokens, lang, reference, skipBefore)[0];
  const time = eventTime(tokens, lang, skipBefore);
  const clocked = time && atTimeOf(date ? date.value : incidentDay, time.value);
  if (time && clocked) {
    const from = tokens[time.start]!.start;
    const to = tokens[time.end - 1]!.end;
    // "mardi 12 novembre vers 10 heures", "at around 9pm on Sunday": one claim of the day and its hour, quoted together when they stand together.
    const near = date !== undefined && Math.max(date.start, from) - Math.min(date.end, to) <= CLOCK_GAP;
    claim("occurred", clocked, near ? Math.min(date.start, from) : from, near ? Math.max(date.end, to) : to);
  } else if (date) claim("occurred", date.value, date.start, date.end);
  const events = tokens.flatMap((t, i) => (EVENT_WORDS[lang].has(t.folded) ? [i] : []));
  const place = findPlaces(tokens, lang, context.book, context.mentions).find(
    (p) => tokens[p.start]!.start >= skipBefore && !p.country && !FROM[lang].has(tokens[p.start - 1]?.folded ?? "") && eventNear(events, p.start),
  );
  if (place) claim("location", place.place.id, tokens[place.start]!.start, tokens[place.end - 1]!.end);
  return out;
}

/** How many characters may part a day from its hour for the two to be quoted together ("on Sunday at around 9pm"). */
const CLOCK_GAP = 12;

/** Whether an event's word stands from {@link LOCATION_REACH} words before a place to four after it: `events` ascend, so a bisection finds it. */
function eventNear(events: readonly number[], place: number): boolean {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (events[mid]! < place - LOCATION_REACH) low = mid + 1;
    else high = mid;
  }
  return low < events.length && events[low]! <= place + 4;
}

/**
 * How many words after an event's noun or verb its place may stand: a
 * wire lead puts the object between them (« Une embuscade a visé lundi 8
 * avril un convoi de l'armée malienne près de Sokoura-Wéré »).
 */
const LOCATION_REACH = 16;

/** Words before a place that make it where someone came from or spoke from, not where it happened. */
const FROM: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(["depuis"]), en: new Set(["from"]) };

const ENDING = new WeakMap<SentenceContext, Map<number, number>>();

/** The first speech (in order) of a party whose span ends at most three tokens before `at`: « L'armée affirme avoir tué… ». */
function speechEndingNear(context: SentenceContext, at: number): Attributed | undefined {
  let byEnd = ENDING.get(context);
  if (byEnd === undefined) {
    byEnd = new Map();
    for (const [k, s] of context.speeches.entries()) if (s.speaker.party && !byEnd.has(s.span[1])) byEnd.set(s.span[1], k);
    ENDING.set(context, byEnd);
  }
  let first = Number.POSITIVE_INFINITY;
  for (let end = at - 3; end <= at; end += 1) first = Math.min(first, byEnd.get(end) ?? Number.POSITIVE_INFINITY);
  return context.speeches[first];
}

/** Perpetrators: a claim of responsibility, or an actor named as the author of the attack. */
function perpetrators(context: SentenceContext): Omit<DraftClaim, "id">[] {
  const { tokens, mentions, book, sentence, lang } = context;
  const out: Omit<DraftClaim, "id">[] = [];
  const push = (actor: DraftActor, attributed: Attributed | undefined, from: number, to: number, hedge?: "claimed" | "unconfirmed", not?: true) => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const via = viaOf(attributed, context.outlet);
    out.push({
      source: (attributed?.speaker.source ?? context.outlet).id,
      ...(via.length > 0 ? { via } : {}),
      about: { facet: "perpetrator" },
      value: actor.id,
      ...(not ? { not } : {}),
      quote: sentence.text.slice(start, end),
      ...((hedge ?? readHedge(context)) ? { hedge: hedge ?? readHedge(context)! } : {}),
      evidence: { start: sentence.start + start, end: sentence.start + end },
    });
  };
  for (const speech of context.speeches) {
    // « a démenti toute implication du groupe », "denied any role in the attack": the speaker's side says it is not the author.
    let involvement = -1;
    for (let i = speech.at + 1; speech.denies && involvement < 0 && i <= speech.at + 5 && i < tokens.length; i += 1)
      if (i >= 0 && INVOLVEMENT[lang].has(tokens[i]!.folded) && !accusationOfElse(tokens, i, lang)) involvement = i;
    // « L'association des éleveurs … a rejeté toute implication de ses membres »: a body of those blamed speaks for them.
    const community = speech.speaker.party ? undefined : genericAuthorNamedIn(speech.speaker.source.name, lang);
    const side = () => (community ? genericActor(book, community) : actorById(book, speech.speaker.source.actor));
    const denier = involvement >= 0 && (speech.speaker.party || community) ? side() : undefined;
    if (denier) push(denier, speech, speech.at, involvement + 1, undefined, true);
    // "denied that herders were involved": the author named by what its men are, denied whoever speaks.
    const cleared = speech.denies ? clearedAuthor(tokens, speech.at, lang) : undefined;
    if (cleared) push(genericActor(book, cleared.author), speech, speech.at, cleared.end, undefined, true);
    // "said the group had nothing to do with the strike", « affirme que ses membres n'ont rien à voir avec l'attaque »: a denial in other words.
    const unrelated = speech.speaker.party || community ? nothingToDoWith(tokens, speech.at, lang, speech.denies === true) : undefined;
    const speaking = unrelated && !denier ? side() : undefined;
    // "police said the group had nothing to do with it": "the group" is the speaker's own side only when the speaker is a group.
    const own = unrelated && GROUP_NOUNS.has(tokens[unrelated[0]]!.folded) && speaking?.kind !== "armed-group" ? undefined : speaking;
    if (own && unrelated) push(own, speech, unrelated[0], unrelated[1], undefined, true);
    if (!speech.responsibility || !speech.speaker.party) continue;
    const actor = actorById(book, speech.speaker.source.actor);
    if (actor) push(actor, speech, speech.span[0], speech.span[1], "claimed");
  }
  // « une frappe aérienne israélienne », "a Russian missile strike": the state whose forces struck.
  for (let i = 0; i < tokens.length; i += 1) {
    const near = (from: number, to: number) => {
      for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k += 1)
        if ((STRIKE_NOUNS[lang].has(tokens[k]!.folded) || STRIKING_ARMS[lang].has(tokens[k]!.folded)) && !BOMB_SQUADS.has(tokens[k + 1]?.folded ?? ""))
          return true;
      return false;
    };
    // "a military air strike", "an army drone", "a junta fighter jet": the forces of the one state the article names.
    const state = lang === "en" && STATE_FORCES_ADJECTIVES.has(tokens[i]!.folded) && near(i + 1, i + 4) ? book.soleOrUnnamedState(tokens[i]!.text) : undefined;
    if (state) push(state, speechFor(context, i), i, Math.min(tokens.length, i + 4));
    // "A Myanmar military airstrike": in English a country's name before the strike says whose forces struck, as its demonym does.
    const named =
      lang === "en" && isCapitalisedWord(tokens[i]) && !DEFINITE_ARTICLES.has(tokens[i - 1]?.folded ?? "")
        ? countryNameIndex(lang).get(tokens[i]!.folded)
        : undefined;
    const country = demonymOf(tokens[i]!.folded, lang) ?? named;
    if (country === undefined) continue;
    if (!(lang === "fr" ? near(i - 3, i) : near(i + 1, i + 4))) continue;
    // The quote runs from the strike to its demonym: three words before it in French, after it in English.
    push(book.stateOf(country), speechFor(context, i), lang === "fr" ? Math.max(0, i - 3) : i, lang === "fr" ? i + 1 : Math.min(tokens.length, i + 4));
  }
  const index = mentionIndex(mentions);
  for (const cue of perpetratorCuesOf(tokens, lang)) {
    if (cue.data === "ownDeed") {
      // « accusé le JNIM d'avoir mené l'attaque », "accused the army of having shelled": the deed is the accused's, told by the accuser.
      if (ACCUSED_OF[lang].has(tokens[cue.start - 1]?.folded ?? "")) continue;
      // « affirme avoir tué 30 assaillants », "said its troops killed 12 attackers": a riposte to the attack, not its authorship.
      if (tokens.slice(cue.end, cue.end + 5).some((t) => ATTACKERS[lang].has(t.folded))) continue;
      // « L'armée affirme avoir tué… », "the military said it carried out…": the speaker's own side did it, in its words.
      // "said in a statement on its Amaq channel that one of its fighters had carried out": after "that", the speech whose words these are.
      const said = THAT_WORDS.has(tokens[cue.start - 1]?.folded ?? "") ? speechFor(context, cue.start) : undefined;
      const speech = speechEndingNear(context, cue.start) ?? (said?.speaker.party ? said : undefined);
      const actor = speech ? actorById(book, speech.speaker.source.actor) : undefined;
      // "denied attacking the checkpoint" is a denial of the deed; a gerund after any other verb of saying tells nothing of the author.
      if (!speech?.denies && tokens[cue.start]!.folded.endsWith("ing")) continue;
      // « a nié avoir tué des civils », "denied killing civilians": whom it killed is denied, not that it fought.
      if (speech?.denies && tokens.slice(cue.end, cue.end + 3).some((t) => CIVILIAN_GROUPS.has(PEOPLE[lang].get(t.folded)!))) continue;
      // « a démenti avoir mené l'attaque », "denied it had carried out the attack": the speaker's side says it is not the author.
      if (speech && actor) push(actor, speech, speech.span[0], cue.end, speech.denies ? undefined : "claimed", speech.denies ? true : undefined);
      continue;
    }
    if (cue.data === "claimedBy") {
      const m = index.firstStarting(cue.end, cue.end + 1);
      const actor = m ? namedActor(book, m) : undefined;
      const speaker = m ? book.speakerOf(m, undefined, false) : undefined;
      if (m && actor && speaker) push(actor, { ...emptySpeech(speaker), span: [m.start, m.end], at: m.start }, cue.start, m.end, "claimed");
      continue;
    }
    if (cue.data === "subject") {
      if (NOT_BEFORE_VERB[lang].has(tokens[cue.start - 1]?.folded ?? "")) continue;
      // "suspected Dawlah Islamiyah militants ambushed": the cue opens with the men's noun, which the group's mention holds.
      const m =
        index.firstEnding(cue.start - 1, cue.start) ?? index.firstEnding(cue.start + 1, cue.start + 1, (x) => x.start < cue.start && x.cue.side === "group");
      // "wearing an Afghan military uniform struck": a word between the actor and the verb may only qualify the verb.
      const gap = m && m.end < cue.start ? tokens[m.end]!.folded : undefined;
      // "Five troops killed in a bombing": a count before the actor makes it the dead, not the author.
      const counted = m !== undefined && m.start > 0 && (tokens[m.start - 1]!.kind === "number" || readNumberWords(tokens, m.start - 1, lang) !== undefined);
      // « les assaillants, des combattants de Boko Haram, ont attaqué »: the name closes an apposition set off by commas, and is the subject's.
      const apposed = gap === "," && tokens.slice(Math.max(0, m!.start - 6), m!.start).some((t) => t.text === ",");
      // « … (3R) avaient attaqué », « « des terroristes du JNIM » ont attaqué »: the mark that closes the subject's name or quotation.
      const closed =
        m !== undefined &&
        gap !== undefined &&
        (tokens[m.end]!.text === ")" || (QUOTE_MARKS.has(tokens[m.end]!.text) && !OPENING_QUOTE_MARKS.has(tokens[m.end]!.text)));
      const subject = m && !counted && (gap === undefined || SUBJECT_VERB_GAP.has(gap) || apposed || closed);
      // "the military had carried out a precise air strike" in an article that names no country: the forces of the unnamed state.
      // Only a strike: "troops killed two of the attackers" tells of forces that fought back, not of who attacked.
      const struck = tokens.slice(cue.start, cue.end).some((t) => STRIKE_NOUNS[lang].has(t.folded) || STRIKE_VERBS.has(t.folded));
      const unnamed = subject && struck && m.cue.side === "state" && m.cue.kind === "party" && !m.person && m.cue.role === "army";
      const actor = subject ? (namedActor(book, m) ?? (unnamed ? book.soleOrUnnamedState(stripDeterminer(m.name)) : undefined)) : undefined;
      // "Suspected Boko Haram fighters killed…", « des jihadistes présumés de l'EI ont attaqué… ».
      const said = m && actor ? speechFor(context, m.start) : undefined;
      // « nie que les Mobondo soient derrière cette attaque », "denied that ISWAP attacked the town": the author denied.
      const denied = said?.denies === true && m !== undefined && m.start > said.at ? (true as const) : undefined;
      if (m && actor) push(actor, said, m.start, cue.end, !denied && namedInDoubt(tokens, m.start - 6, cue.start) ? "unconfirmed" : undefined, denied);
      // « la Russie a tiré sur la ville », "Israel struck the port": a state named as the subject, whose forces did it.
      const country = m ? undefined : isCapitalisedWord(tokens[cue.start - 1]) ? countryNameIndex(lang).get(tokens[cue.start - 1]!.folded) : undefined;
      if (country !== undefined) push(book.stateOf(country), speechFor(context, cue.start), cue.start - 1, cue.end);
    } else {
      // « menée par la milice Dan Na Ambassagou »: a determiner and the group's noun may stand before its name.
      const m = index.firstStarting(
        cue.end,
        cue.end + 3 + LONGEST_GROUP_NAME,
        // « aux rebelles ADF »: the group's noun stands before the name, which says who.
        (x) =>
          !(
            (x.cue.anaphor === "group" || x.cue.anaphor === "speaker") &&
            x.named === undefined &&
            x.introduced === undefined &&
            GROUP_WORDS.has(tokens[x.end - 1]!.folded)
          ) &&
          ((x.start <= cue.end + GROUP_WORDS_BEFORE_NAME && onlyGroupWords(tokens, cue.end, x.start)) || nameBeforeAcronym(tokens, cue.end, x.start, lang)),
      );
      const actor = m ? (namedActor(book, m) ?? accusedArmy(book, tokens, cue.start, m)) : undefined;
      // "twelve militants were killed by troops": forces that killed attackers fought back, and are no author of the attack.
      if (cue.data === "doneBy" && actor?.kind !== "armed-group") continue;
      // "suspected members of …", « probablement menée par … »: the words just before the cue or between it and the name.
      const doubt = namedInDoubt(tokens, cue.start - 2, m ? m.start : cue.end) ? "unconfirmed" : undefined;
      // « accusant des éleveurs armés », "blamed the killings on suspected armed herders": the author named by what its men are.
      const generic = actor || cue.data !== "blame" ? undefined : genericAuthorAfter(tokens, cue.end, lang);
      if (generic && !accusedOfElse(tokens, cue.start, generic.end, lang))
        push(
          genericActor(book, generic.author),
          speechFor(context, cue.start),
          cue.start,
          generic.end,
          namedInDoubt(tokens, cue.start - 2, generic.end) ? "unconfirmed" : undefined,
        );
      // "…, blaming Turkey", « accuse la Russie »: a state named as the one blamed, whose forces did it.
      const named = DEFINITE_ARTICLES.has(tokens[cue.end]?.folded ?? "") ? cue.end + 1 : cue.end;
      const blamedState = !m && cue.data === "blame" && isCapitalisedWord(tokens[named]) ? countryNameIndex(lang).get(tokens[named]!.folded) : undefined;
      if (blamedState !== undefined && !accusedOfElse(tokens, cue.start, named + 1, lang))
        push(book.stateOf(blamedState), speechFor(context, cue.start), cue.start, named + 1, doubt);
      if (m && actor && !accusedOfElse(tokens, cue.start, m.end, lang)) {
        push(actor, speechFor(context, cue.start), cue.start, m.end, doubt);
        // « accuse l'armée burundaise et des miliciens Imbonerakure d'avoir tué »: a second author joined to the first.
        const joined = AND_WORDS.has(tokens[m.end]?.folded ?? "") ? secondAuthor(index, tokens, m.end + 1) : undefined;
        const other = joined ? (namedActor(book, joined) ?? accusedArmy(book, tokens, cue.start, joined)) : undefined;
        if (
          joined &&
          other &&
          other !== actor &&
          !(cue.data === "doneBy" && other.kind !== "armed-group") &&
          !accusedOfElse(tokens, cue.start, joined.end, lang)
        )
          push(other, speechFor(context, cue.start), cue.start, joined.end, doubt);
      }
    }
  }
  return out;
}

/**
 * What the attack was aimed at, in the words of whoever tells it ("an
 * attack on a military checkpoint", « ont attaqué le poste de gendarmerie »):
 * the target as the sentence names it, quoted from the attack's word.
 * Targets are text: two sources naming it differently make a `divergent`
 * notice, never a contradiction, so a target the person rejects costs a
 * click and can set no account against another.
 */
function targets(context: SentenceContext): Omit<DraftClaim, "id">[] {
  const { tokens, sentence, lang } = context;
  return targetPhrasesOf(tokens, lang).map((phrase) => {
    const attributed = speechFor(context, phrase.cue);
    const via = viaOf(attributed, context.outlet);
    // "A military convoy was ambushed": a passive verb follows the thing attacked, and the quote runs from one to the other.
    const start = tokens[Math.min(phrase.cue, phrase.start)]!.start;
    const end = Math.max(tokens[phrase.end - 1]!.end, tokens[phrase.cue]!.end);
    const hedge = readHedge(context);
    return {
      source: (attributed?.speaker.source ?? context.outlet).id,
      ...(via.length > 0 ? { via } : {}),
      about: { facet: "target" },
      value: sentence.text.slice(tokens[phrase.start]!.start, tokens[phrase.end - 1]!.end),
      quote: sentence.text.slice(start, end),
      ...(hedge ? { hedge } : {}),
      evidence: { start: sentence.start + start, end: sentence.start + end },
    };
  });
}

/** Whether a count is none ("no civilians were killed", « aucun civil »): it labels no dead. */
function countsNone(value: unknown, lang: LexiconLanguage): boolean {
  if (value === 0) return true;
  const phrase = typeof value === "object" && value !== null && "phrase" in value ? value.phrase : undefined;
  return typeof phrase === "string" && parseQuantity(phrase, lang)?.high === 0;
}

/**
 * How the dead are labelled (« Toutes les victimes sont des civils », "the
 * dead were militants"), and a denial about civilians (« a nié avoir visé
 * des civils », "denied attacking civilians"), which is the label denied.
 */
function statuses(context: SentenceContext): Omit<DraftClaim, "id">[] {
  const { tokens, sentence, lang } = context;
  const out: Omit<DraftClaim, "id">[] = [];
  for (const cue of statusCuesOf(tokens, lang)) {
    if (cue.data === "silence") continue;
    const attributed = speechFor(context, cue.start);
    const denied = (attributed?.denies === true && cue.start >= attributed.at) || cue.data === "noCivilians";
    if (cue.data === "deniedCivilians" && !denied) continue;
    const start = tokens[cue.start]!.start;
    const end = tokens[cue.end - 1]!.end;
    const via = viaOf(attributed, context.outlet);
    const hedge = readHedge(context);
    out.push({
      source: (attributed?.speaker.source ?? context.outlet).id,
      ...(via.length > 0 ? { via } : {}),
      about: { facet: "status" },
      value: cue.data === "combatants" ? "combatants" : "civilians",
      ...(denied ? { not: true as const } : {}),
      quote: sentence.text.slice(start, end),
      ...(hedge ? { hedge } : {}),
      evidence: { start: sentence.start + start, end: sentence.start + end },
    });
  }
  return out;
}

/** Determiners and nouns of groups, which may stand between a cue and the group it names (« par la milice … », "by the militia …"). */
const GROUP_WORDS = new Set([
  "l'",
  "la",
  "le",
  "les",
  "du",
  "des",
  "de",
  "d'",
  "the",
  "a",
  "an",
  // « par la milice … », "the faction …": the nouns of a group.
  ...GROUP_NOUNS,
  // "blamed the paramilitary Rapid Support Forces", « attribuée aux rebelles ADF »: what kind of group it is.
  ...GROUP_KINDS,
  // « accusant des jihadistes de l'EI », "blamed insurgents of ISWAP": its men by what they are.
  ...GROUP_MEMBERS.fr,
  ...GROUP_MEMBERS.en,
  "separatistes",
  "separatists",
  // "suspected members of Boko Haram", « des membres présumés de l'EI »: who they are said to be, in doubt.
  ...SUSPICION_WORDS,
  // "blamed the banned Tehreek-i-Taliban Pakistan": the state's word for the group, before its name.
  "banned",
  "outlawed",
  "proscribed",
  "members",
  "member",
  "of",
  "membres",
  "elements",
  // « des éléments armés du groupe X », « des hommes armés de l'EI », "armed men of…": its men, armed.
  "armes",
  "hommes",
  "men",
  // « des « cellules de l'organisation État islamique » », "cells of the Islamic State organisation": a part of the group, by its noun.
  "organisation",
  "organization",
  "cellules",
  "cells",
  // "blamed a cell of the Islamic State group", « une cellule de l'EI »: one of them.
  "cellule",
  "cell",
  // "terrorist remnants of the Shining Path", « des éléments résiduels de l'ex-rébellion »: what is left of the group is the group.
  "remnants",
  "remnant",
  "residuels",
  "residuelles",
  "terrorist",
  // "members of a local MILF base command", « des miliciens locaux de … »: where the men are from says no other group.
  "local",
  "locaux",
  "locale",
]);

/** Words that put the author in doubt: {@link SUSPICION_WORDS}, and "the attackers were believed (thought) to be" in the cue itself. */
const DOUBT_WORDS: ReadonlySet<string> = new Set([...SUSPICION_WORDS, "believed", "thought"]);

/** Whether a word of {@link DOUBT_WORDS} stands among tokens `from`…`to`. */
function namedInDoubt(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = Math.max(0, from); t < Math.min(tokens.length, to); t += 1) if (DOUBT_WORDS.has(tokens[t]!.folded)) return true;
  return false;
}

function onlyGroupWords(tokens: readonly Token[], from: number, to: number): boolean {
  // « accusé des « cellules de l'organisation État islamique » »: the speaker's quotation marks stand among them.
  // "blamed the federal army": a word that says which of the state's own forces stands among them too.
  for (let t = from; t < to; t += 1)
    if (!GROUP_WORDS.has(tokens[t]!.folded) && !ARMY_LEVELS.has(tokens[t]!.folded) && !QUOTE_MARKS.has(tokens[t]!.text)) return false;
  return true;
}

/** The most words and marks between a cue and the group it names (« accusé des « cellules de l'organisation » État islamique »). */
const GROUP_WORDS_BEFORE_NAME = 6;
/** The most words of a group's full name written before its acronym ("the Cooperative for the Development of Congo (CODECO)"). */
const LONGEST_GROUP_NAME = 9;
/** Small words inside a full name (« Groupe de soutien à l'islam et aux musulmans », "Cooperative for the Development of Congo"). */
const NAME_INNER_WORDS = new Set(["for", "of", "the", "and", "in", "de", "du", "des", "la", "l'", "et", "a", "aux", "au", "pour", "le", "les"]);
/** The most lower-case words of a French name after its first (« Coopérative pour le développement du Congo »: développement). */
const FRENCH_NAME_WORDS = 4;

/**
 * Whether the tokens from `from` up to `to` are a group's full name and the
 * bracket that opens its acronym, the mention at `to` ("blamed the
 * Cooperative for the Development of Congo (CODECO)"): group words, then
 * capitalised words and the small words inside a name.
 */
function nameBeforeAcronym(tokens: readonly Token[], from: number, to: number, lang: LexiconLanguage): boolean {
  if (tokens[to - 1]?.text !== "(" || to - 1 <= from) return false;
  let capitalised = 0;
  let lower = 0;
  for (let t = from; t < to - 1; t += 1) {
    const token = tokens[t]!;
    // « Retour, Réclamation et Réhabilitation (3R) »: a comma may part the capitalised words of one name.
    if (token.text === "," && capitalised > 0 && isCapitalisedWord(tokens[t + 1])) continue;
    if (token.kind !== "word") return false;
    if (isCapitalisedWord(token)) capitalised += 1;
    // « la Coopérative pour le développement du Congo (CODECO) »: French writes a name's words after its first in lower case.
    else if (capitalised === 0 ? !GROUP_WORDS.has(token.folded) : !NAME_INNER_WORDS.has(token.folded) && (lang !== "fr" || (lower += 1) > FRENCH_NAME_WORDS))
      return false;
  }
  return capitalised > 0;
}

/** Whether a verb of accusation stands among tokens `from`…`to`: what follows it is the accusation's, not a denial's. */
function accusedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t += 1) if (tokens[t]!.kind === "word" && ACCUSATION.test(tokens[t]!.folded)) return true;
  return false;
}

/** Words between the article and "army" that say which of the state's own forces: never whose. */
const ARMY_LEVELS: ReadonlySet<string> = new Set(["federal", "national", "regular"]);

/**
 * The state's army accused by a speaker by its common noun ("accused the
 * army of shelling the market", « accuse l'armée d'avoir tiré »): in an
 * accusation "the army" is the side the speaker means, though no name is
 * given; anywhere else a common noun names no author.
 */
function accusedArmy(book: DraftBook, tokens: readonly Token[], cue: number, m: Mention): DraftActor | undefined {
  if (!ACCUSATION.test(tokens[cue]?.folded ?? "") || m.cue.role !== "army" || m.end - m.start !== 1) return undefined;
  // "blamed the federal army": a word that says which of the state's forces, not whose.
  const article = ARMY_LEVELS.has(tokens[m.start - 1]?.folded ?? "") ? m.start - 2 : m.start - 1;
  return DEFINITE_ARTICLES.has(tokens[article]?.folded ?? "") ? book.actorOf(m) : undefined;
}

/** Words that open what an actor is accused of (« accuse le Hamas d'utiliser… », "accused the army of…"). */
const ACCUSED_OF: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(["d'", "de"]), en: new Set(["of", "for"]) };
/** A verb that says what an actor is accused of doing: a gerund ("of looting"), an infinitive (« de piller »). */
const VERB_OF_DEED: Record<LexiconLanguage, RegExp> = { fr: /^\p{L}{3,}(?:er|ir|re)$/u, en: /^\p{L}{3,}ing$/u };
/** Auxiliaries between "accused of" and the deed (« d'avoir commis », "of having carried out"). */
const DEED_AUXILIARIES = new Set(["avoir", "etre", "having", "being"]);
/** Words of the attack itself, which make an accusation one of carrying it out. */
const ATTACK_DEEDS =
  /^(?:attaqu|men[eé]|perp[ée]tr|commis|tu[eé]|massacr|bombard|frapp|enlev|lanc|orchestr|tir[eé]|cibl|vis[eé]|tend|embuscad|ouv(?:ert|rir)|assaut|incendi|br[uû]l|[ée]gorg|abatt|ex[ée]cut|assassin|attack|ambush|open|storm|raid|torch|burn|behead|execut|assassinat|carr|kill|massacre|bomb|shell|strik|struck|abduct|kidnap|stag|mount|launch|fir|shoot|shot|target|respons|punish|puni|crime|atrocit|exaction|repr[eé]sail|reprisal|carnage|genocid|g[eé]nocid|the$|l'|cette$|cet$)/iu;

/**
 * Whether an accusation (« accuse le Hamas d'utiliser les infrastructures
 * civiles », "accused the army of looting") is of something else than the
 * attack: then the accused is not named its author.
 */
function accusedOfElse(tokens: readonly Token[], cue: number, end: number, lang: LexiconLanguage): boolean {
  if (!ACCUSATION.test(tokens[cue]?.folded ?? "")) return false;
  // « accusé des « cellules de l'EI » de chercher… »: past the mark that closes the speaker's quotation of the accused.
  const accused = QUOTE_MARKS.has(tokens[end]?.text ?? "") ? end + 1 : end;
  if (!ACCUSED_OF[lang].has(tokens[accused]?.folded ?? "")) return false;
  // « d'avoir commis l'attentat », "of having carried out": the deed is the participle after the auxiliary.
  const at = accused + (DEED_AUXILIARIES.has(tokens[accused + 1]?.folded ?? "") ? 2 : 1);
  // "accused the RSF of looting the town", « d'utiliser… »: the verb right after says what, whatever follows it.
  const deed = tokens[at]?.folded ?? "";
  if (VERB_OF_DEED[lang].test(deed)) return !ATTACK_DEEDS.test(deed);
  for (let t = at; t < tokens.length && t <= accused + 4; t += 1) if (ATTACK_DEEDS.test(tokens[t]!.folded)) return false;
  return true;
}

/** The words that deny any part in a deed: "nothing to do with", « rien à voir avec ». */
const NOTHING_TO_DO_WITH: Record<LexiconLanguage, readonly string[]> = { fr: ["rien", "a", "voir", "avec"], en: ["nothing", "to", "do", "with"] };

/**
 * Where "nothing to do with" or « rien à voir avec » stands in the clause
 * after a verb of saying (within twelve words), as tokens `[start, end)`,
 * said of the speaker's own side ("it had", "the group had", « nos
 * combattants n'ont »); quotation marks may stand among its words ("had
 * "nothing to do" with the strike"). "said civilians had nothing to do
 * with it" denies nothing of the speaker's.
 */
function nothingToDoWith(tokens: readonly Token[], verb: number, lang: LexiconLanguage, denies: boolean): readonly [number, number] | undefined {
  const words = NOTHING_TO_DO_WITH[lang];
  for (let i = verb + 1; i <= verb + 12 && i < tokens.length; i += 1) {
    const part = deniedPart(tokens, verb, i, lang, denies);
    if (part) return part;
    const end = wordsFrom(tokens, i, words);
    if (end < 0) continue;
    // The subject stands before the auxiliary ("had", « ont »), and before « n' » in French.
    let auxiliary = i - 1;
    while (QUOTE_MARKS.has(tokens[auxiliary]?.text ?? "")) auxiliary -= 1;
    const subject = auxiliary - 1 - (tokens[auxiliary - 1]?.folded === "n'" ? 1 : 0);
    return OWN_SIDE.has(tokens[subject]?.folded ?? "") ? [i, end] : undefined;
  }
  return undefined;
}

/** Verbs and adjectives of taking part in a deed (« n'a pas participé », "were not involved"). */
const TAKING_PART: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["participe", "implique", "impliques", "impliquee", "impliquees", "mele", "meles"]),
  en: new Set(["involved", "participate", "participated", "part", "hand"]),
};

/** Words between a verb of denial and the part it denies that leave the speaker its subject: « a démenti être impliqué », "denied being involved". */
const OWN_INFINITIVE: ReadonlySet<string> = new Set(["etre", "avoir", "d'", "de", "being", "having", "taking", "that", "it", "had", "was", "been"]);

/**
 * Words that deny what follows within a few words: findSpeech's negations
 * and those of no one (« aucun de ses éléments », "none of its members");
 * "didn't", "wasn't" end in "n't". Not « plus », which far from its verb is
 * "more" (« plus de 200 de ses combattants ont participé »).
 */
const DENYING_WORDS: ReadonlySet<string> = new Set([...[...NEGATIONS].filter((w) => w !== "plus"), "aucun", "aucune", "none"]);

/**
 * Whether the token at `at` is a denied part in the deed said of the
 * speaker's own side, in the clause after the verb of saying at `verb`:
 * « a assuré que ses éléments n'avaient pas participé », "said none of its
 * members were involved", "said it "did not participate" in the attack".
 * The denial stands within four words before; the own side's word (a
 * pronoun, "its members") stands between the verb and the part ("said
 * civilians were not involved" denies nothing of the speaker's). Returns
 * the tokens `[start, end)` from the side's word or the denial, whichever
 * comes first, to the part.
 */
function deniedPart(tokens: readonly Token[], verb: number, at: number, lang: LexiconLanguage, denies: boolean): readonly [number, number] | undefined {
  if (!TAKING_PART[lang].has(tokens[at]!.folded)) return undefined;
  // "took part in" is a part only after "took"; "part of" names a share; "a hand" only in "had no hand in".
  const taking = tokens[at - 1]?.folded === "no" ? at - 2 : at - 1;
  if (tokens[at]!.folded === "part" && !["take", "took", "taken", "taking"].includes(tokens[taking]?.folded ?? "")) return undefined;
  if (tokens[at]!.folded === "hand" && (tokens[at - 1]?.folded !== "no" || tokens[at + 1]?.folded !== "in")) return undefined;
  let denial = -1;
  for (let k = at - 1; k >= Math.max(verb + 1, at - 5); k -= 1) if (DENYING_WORDS.has(tokens[k]!.folded) || tokens[k]!.folded.endsWith("n't")) denial = k;
  // "denied that any of its members took part", « a démenti être impliqué »: the verb itself denies, the clause need not.
  if (denial < 0 && !denies) return undefined;
  if (denial < 0 && at - verb <= 4 && allWordsIn(tokens, verb + 1, at, OWN_INFINITIVE)) return [verb, at + 1];
  for (let k = verb + 1; k < at; k += 1) if (OWN_SIDE.has(tokens[k]!.folded)) return [denial < 0 ? k : Math.min(k, denial), at + 1];
  return undefined;
}

/** Where `words` end when they stand in order from `at`, quotation marks between them aside, or -1. */
function wordsFrom(tokens: readonly Token[], at: number, words: readonly string[]): number {
  let t = at;
  for (const [k, word] of words.entries()) {
    while (k > 0 && QUOTE_MARKS.has(tokens[t]?.text ?? "")) t += 1;
    if (tokens[t]?.folded !== word) return -1;
    t += 1;
  }
  return t;
}

/** Subjects that are the speaker's own side: pronouns and the nouns of its members. */
const OWN_SIDE = new Set([
  "it",
  "they",
  "we",
  "group",
  "fighters",
  "forces",
  "troops",
  "men",
  "members",
  "il",
  "elle",
  "ils",
  "elles",
  "nous",
  "groupe",
  "membres",
  "combattants",
  "hommes",
  "elements",
]);

/**
 * Nouns of a part in the attack, which a denial says the speaker's side had
 * none of, and of the accusations it rejects (« rejette les accusations »,
 * "denied the allegations"): a party denies being the author.
 */
const INVOLVEMENT: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["implication", "responsabilite", "participation", "role", "lien", "accusations", "accusation", "allegations"]),
  en: new Set(["role", "involvement", "responsibility", "part", "link", "links", "accusations", "accusation", "allegations", "allegation", "claims"]),
};

/**
 * Whether the rejected accusations at `at` say what they were of ("allegations that it targeted civilians"): then the author is
 * not what they deny. A link denied with another body ("denied any organisational link with the PKK", « tout lien avec l'EI ») is
 * an affiliation denied, not the deed; a link with the attack (« tout lien avec l'attaque ») is the deed.
 */
function accusationOfElse(tokens: readonly Token[], at: number, lang: LexiconLanguage): boolean {
  const next = tokens[at + 1]?.folded ?? "";
  if (LINK_WITH.has(next) && /^(?:link|lien)/u.test(tokens[at]!.folded)) return !tokens.slice(at + 2, at + 5).some((t) => EVENT_WORDS[lang].has(t.folded));
  // « les accusations de massacre », « selon lesquelles… », "allegations of…", "allegations that…".
  return /^(?:accusation|allegation|claims)/u.test(tokens[at]!.folded) && (ACCUSED_OF[lang].has(next) || THAT_WORDS.has(next) || next === "selon");
}

/** The word that joins a link to what it links with ("link with", « lien avec »). */
const LINK_WITH: ReadonlySet<string> = new Set(["with", "avec"]);

/** Nouns of those who attacked: a side that tells of killing them tells of fighting back. */
const ATTACKERS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["assaillant", "assaillants", "agresseur", "agresseurs", "attaquant", "attaquants"]),
  en: new Set(["assailant", "assailants", "attacker", "attackers"]),
};

/** English words of the state's forces used as an adjective before a strike ("a military air strike", "an army drone"). */
const STATE_FORCES_ADJECTIVES: ReadonlySet<string> = new Set(["military", "army", "junta", "regime"]);
/**
 * Arms that strike from afar besides the strikes themselves (« une bombe
 * russe », "a Russian guided aerial bomb", "a junta fighter jet"). Not
 * helicopters: « l'intervention d'un hélicoptère russe » most often tells of
 * forces that came to fight the attackers off.
 */
const STRIKING_ARMS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["bombe", "bombes"]),
  en: new Set(["bomb", "bombs", "jet", "warplane"]),
};
/** Verbs of a strike from afar (« a bombardé », "shelled"). */
const STRIKE_VERBS: ReadonlySet<string> = new Set(["bombed", "shelled", "struck", "bombarde", "pilonne"]);
/** What a bomb's word may name instead of a strike ("a Nigerian bomb disposal unit", "the army bomb squad"). */
const BOMB_SQUADS: ReadonlySet<string> = new Set(["disposal", "squad", "squads", "technicians", "experts", "deminage"]);

function demonymOf(word: string, lang: LexiconLanguage): Country | undefined {
  return COUNTRIES.find((c) => c.demonyms[lang].includes(word));
}

function emptySpeech(speaker: Speaker): Attributed {
  return { speaker, relays: [], span: [0, 0], at: 0, responsibility: true, denies: false };
}

/**
 * Whether the civilians a claim counts are only some of the dead, so that
 * labelling the dead civilians (`status`) would be wrong: the sentence
 * counts other dead of the same source by another group ("Eight civilians
 * and three policemen"), or says the civilians were among them (« parmi
 * les victimes », "among the dead"; not "also" or « également », which as
 * often qualify the saying as the dead). The sentence is read once, so
 * that a long sentence of many counts stays linear.
 */
function someOfTheDead(dead: readonly Omit<DraftClaim, "id">[], tokens: readonly Token[], lang: LexiconLanguage): (claim: Omit<DraftClaim, "id">) => boolean {
  const among = tokens.some((t) => AMONG[lang].has(t.folded));
  const others = new Set(
    dead.filter((d) => d.about.group !== undefined && d.about.group !== "persons" && !CIVILIAN_GROUPS.has(d.about.group as CountedGroup)).map((d) => d.source),
  );
  return (claim) => among || others.has(claim.source);
}

/** The draft's actor for an author named by what its men are: one per kind of author (« éleveurs », « éleveurs armés »). */
function genericActor(book: DraftBook, author: GenericAuthor): DraftActor {
  return book.actor(`generic:${author.id}`, author.name, author.kind, undefined, author.id);
}

function namedActor(book: DraftBook, m: Mention): DraftActor | undefined {
  if (!m.named?.actor && !m.introduced && !(m.cue.side === "state")) return undefined;
  return book.actorOf(m);
}

function actorById(book: DraftBook, id: string | undefined): DraftActor | undefined {
  return book.actorById(id);
}

/** The ids the draft's claims hold, and for each source and facet the lowest number that may still be free. */
interface ClaimIds {
  readonly taken: Set<string>;
  readonly next: Map<string, number>;
}

/** A claim's id, `army-killed`, then `army-killed-2`…: the first not taken (ids are only ever added, so the search goes on from the last one given). */
function claimId(claim: Omit<DraftClaim, "id">, ids: ClaimIds): string {
  const base = `${claim.source}-${claim.about.facet}`;
  const idOf = (n: number) => (n === 1 ? base : `${base}-${n}`);
  let n = ids.next.get(base) ?? 1;
  while (ids.taken.has(idOf(n))) n += 1;
  ids.next.set(base, n);
  ids.taken.add(idOf(n));
  return idOf(n);
}

/**
 * The armed groups the article names by the words around them (« le
 * mouvement rebelle RED-Tabara », "the militia Wagner"), read once before
 * the article is drafted: a group is often named alone in the title and the
 * lead (« des terroristes du RED-Tabara ») before the paragraph that says
 * what it is. Only these are known in advance; other bodies are known from
 * where the article names them.
 */
function armedGroupsNamed(sentences: readonly Sentence[], lang: LexiconLanguage): Map<string, Introduced> {
  const seen = new Map<string, Introduced>();
  const persons = new Map<string, string>();
  for (const sentence of sentences) findMentions(tokenize(sentence.text, lang), lang, seen, persons);
  const groups = new Map<string, Introduced>();
  for (const [key, known] of seen) if (known.cue?.kind === "party") groups.set(key, known);
  return groups;
}

/** The actor's mention that a second author starts with, right after « et » / "and" (`from`), past a determiner and the noun of its men. */
function secondAuthor(index: ReturnType<typeof mentionIndex>, tokens: readonly Token[], from: number): Mention | undefined {
  return index.firstStarting(from, from + GROUP_WORDS_BEFORE_NAME, (x) => x.cue.anaphor === undefined && onlyGroupWords(tokens, from, x.start));
}
