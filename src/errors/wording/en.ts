import type { ValueKind } from "../../values/valueKind.js";
import type { LexiconLanguage } from "../../lexicon/language.js";
import type { PhraseProblem } from "../../lexicon/phraseCount.js";
import type { BrokenRule, Expected, JsonType, Received, Referenced } from "../issueParams.js";
import { formatPath } from "../issuePath.js";
import { cases, sentence, type IssueText, type IssueWording } from "./issueWording.js";

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");
const maybe = (suggestion: string | undefined) => (suggestion === undefined ? "" : ` — did you mean "${suggestion}"?`);

const TYPES: Readonly<Record<JsonType, string>> = {
  string: "a string",
  number: "a number",
  boolean: "a boolean",
  object: "an object",
  array: "a list",
  json: "plain JSON data",
};

const RECEIVED: { readonly [T in Received["type"]]: (received: Received) => string } = {
  null: () => "null",
  string: (r) => `the string ${JSON.stringify(r.value ?? "")}`,
  number: (r) => `number ${r.value}`,
  boolean: (r) => `boolean ${r.value}`,
  object: () => "an object",
  array: () => "a list",
  uncopyable: () => "a value that cannot be copied (a function or class instance)",
  other: (r) => r.value ?? "another value",
};
const received = (r: Received) => RECEIVED[r.type](r);

const ROLES = {
  "claim-value": {
    message: "the claim's value",
    fix: 'Give the answer the claim makes: a count, a name, a list of names, an ISO date, a quantity object such as { "approx": 50 }, or "withheld" / "unknown".',
  },
  "party-actor": {
    message: '"actor": the id of the side a party source speaks for',
    fix: 'Add "actor" with the id or alias of the actor this party source speaks for.',
  },
  "category-values": { message: "the list of the category's names", fix: "Add the list of the category's names here." },
} as const satisfies Record<Extract<Expected, { role: string }>["role"], IssueText>;

const expected = (e: Expected): IssueText => {
  if ("role" in e) return ROLES[e.role];
  const what = "type" in e ? TYPES[e.type] : `one of ${e.oneOf.map((v) => JSON.stringify(v)).join(", ")}`;
  return { message: what, fix: `Add ${what} here.` };
};

const DATES = 'Write dates as "2023", "2023-11", "2023-11-24" or "2023-11-24T17:00" (optionally with Z or an offset).';

const rule = cases<BrokenRule, "rule", IssueText>("rule", {
  "no-reading": () => ({
    message: "a quantity object needs a phrase or one reading: exactly, approx, min and max, atLeast or atMost",
    fix: 'Add one reading, e.g. { "approx": 50 }, or the source\'s words as "phrase".',
  }),
  "several-readings": () => ({
    message: "a quantity object takes only one reading",
    fix: "Keep one reading: exactly, approx, min and max, atLeast or atMost.",
  }),
  "half-range": () => ({
    message: "min and max go together (use atLeast or atMost for an open bound)",
    fix: "Give both min and max, or use atLeast or atMost for an open bound.",
  }),
  "inverted-range": (p) => ({ message: `min (${p.min}) is above max (${p.max})`, fix: "Swap min and max." }),
  "stray-tolerance": () => ({ message: "tolerance goes with approx", fix: "Add approx, or remove tolerance." }),
  "not-a-date": () => ({ message: "not an ISO 8601 date or date-time", fix: DATES }),
  "inverted-dates": () => ({
    message: "not a range of ISO 8601 dates whose `to` does not end before `from` starts",
    fix: `Give "from" and "to" as ISO 8601 dates, "to" not before "from". ${DATES}`,
  }),
  zod: (p) => ({ message: p.detail, fix: "Correct the value as the message says." }),
});

const KIND_NAMES: Readonly<Record<ValueKind, string>> = {
  quantity: "a quantity",
  category: "a category",
  set: "a set",
  time: "a time",
  place: "a place",
  actor: "an actor",
  text: "a text",
};

const KIND_VALUES: Readonly<Record<ValueKind, string>> = {
  quantity:
    'a quantity: a count (12), { "approx": 50 }, { "min": 20, "max": 99 }, { "atLeast": 500 }, { "atMost": 10 }, { "phrase": "une cinquantaine" } (words the lexicon reads), "withheld" or "unknown"',
  category: "one name from the facet's list of values",
  set: 'a non-empty list of names, e.g. ["vbied", "shelling"]',
  time: 'an ISO 8601 date or date-time ("2023", "2023-11-24", "2023-11-24T17:00") or { "from", "to" }',
  place: "a place id or alias from the incident's places",
  actor: "an actor id or alias from the incident's actors",
  text: "a non-empty text",
};

const LANGUAGES: Readonly<Record<LexiconLanguage, string>> = { fr: "French", en: "English" };

const interval = (phrase: string) => `Give the interval the words mean beside them, e.g. { "phrase": ${JSON.stringify(phrase)}, "min": 20, "max": 99 }.`;
const otherLanguage = (p: { phrase: string; other: LexiconLanguage }) =>
  `Give "lang": "${p.other}" beside the phrase if its words are ${LANGUAGES[p.other]}, or give the interval they mean beside them, e.g. { "phrase": ${JSON.stringify(p.phrase)}, "min": 20, "max": 99 }.`;

const phrase = cases<PhraseProblem, "reason", IssueText>("reason", {
  "no-language": (p) => ({
    message: `the phrase "${p.phrase}" has no language, so its words cannot be read`,
    fix: 'Give "lang": "fr" or "en" beside the phrase, on the claim or on the incident.',
  }),
  "unread-language": (p) => ({
    message: `the phrase "${p.phrase}" is in "${p.lang}", and the lexicon reads French and English only`,
    fix: interval(p.phrase),
  }),
  "no-count": (p) =>
    p.readsIn === undefined
      ? { message: `the phrase "${p.phrase}" holds no count the lexicon can read`, fix: interval(p.phrase) }
      : {
          message: `the phrase "${p.phrase}" holds no count in ${LANGUAGES[p.lang]}, the language it is read in, but holds one in ${LANGUAGES[p.readsIn]}`,
          fix: otherLanguage({ phrase: p.phrase, other: p.readsIn }),
        },
  "several-counts": (p) => ({
    message: `the phrase "${p.phrase}" holds ${p.counts.length} counts (${quoted(p.counts)}), so which one this claim gives is not clear`,
    fix: "Keep only the words of this claim's count in the phrase, or give its interval beside them.",
  }),
  "other-language": (p) => ({
    message: `the phrase "${p.phrase}" reads as "${p.read}" in ${LANGUAGES[p.lang]}, the language it is read in, but as "${p.otherRead}" in ${LANGUAGES[p.other]}`,
    fix: otherLanguage(p),
  }),
});

const NAMED_BY_ALIAS: ReadonlySet<Referenced> = new Set(["actor", "place", "item"]);

const known = (names: readonly string[], count: number) =>
  names.length === 0 ? "" : ` (${quoted(names)}${count > names.length ? ` and ${count - names.length} more` : ""})`;

/**
 * The English wording of every issue: what is wrong, and how to fix it.
 *
 * @example
 * enIssues.issues["unknown-reference"]({ what: "actor", name: "jnin", suggestion: "jnim", known: ["fama", "jnim"], knownCount: 2 }).message
 * //=> 'unknown actor "jnin" — did you mean "jnim"?'
 */
export const enIssues: IssueWording = {
  lang: "en",
  line: (path, text) => `${path}: ${sentence(text.message)} Fix: ${text.fix}`,
  issues: {
    "invalid-type": (p) => ({ message: `expected ${TYPES[p.expected]}, received ${received(p.received)}`, fix: `Give ${TYPES[p.expected]} here.` }),
    "invalid-option": (p) => ({ message: `"${p.received}" is not one of ${quoted(p.options)}${maybe(p.suggestion)}`, fix: `Use one of ${quoted(p.options)}.` }),
    missing: (p) => {
      const what = expected(p.expected);
      return { message: `missing ${what.message}`, fix: what.fix };
    },
    "invalid-value": rule,
    "too-small": (p) => {
      const what =
        p.type === "number"
          ? `a number ${p.inclusive ? "of at least" : "above"} ${p.minimum}`
          : p.minimum <= 1
            ? `a non-empty ${p.type === "string" ? "string" : "list"}`
            : `a ${p.type === "string" ? "string" : "list"} of at least ${p.minimum} ${p.type === "string" ? "characters" : "items"}`;
      return { message: `expected ${what}`, fix: `Give ${what} here.` };
    },
    "not-a-value": () => ({
      message: "not a value of any kind",
      fix: 'Give a count, a name, a list of names, an ISO date, a quantity object such as { "approx": 50 }, or "withheld" / "unknown".',
    }),
    "unknown-key": (p) => ({
      message: `unexpected key${p.keys.length > 1 ? "s" : ""} ${quoted(p.keys)} in a value`,
      fix: "Correct the key's spelling or remove it: values are checked strictly so that a typo cannot change a figure (see the format's JSON Schema for the keys).",
    }),
    "unsupported-version": (p) => ({
      message: `format version ${p.received} is not supported`,
      fix: 'Set "contested": 1 (this version of the library reads format 1).',
    }),
    "unknown-reference": (p) => ({
      message: `unknown ${p.what} "${p.name}"${maybe(p.suggestion)}`,
      fix: `Use an id${NAMED_BY_ALIAS.has(p.what) ? " or alias" : ""} from "${p.what}s"${p.suggestion === undefined ? known(p.known, p.knownCount) : ""}, or add the ${p.what} there.`,
    }),
    "duplicate-id": (p) => ({ message: `duplicate ${p.what} id "${p.id}" (first used at ${formatPath(p.first)})`, fix: `Give each ${p.what} its own id.` }),
    "ambiguous-name": (p) => ({
      message: `"${p.name}" also names ${p.what} "${p.owner}", so ${p.what === "item" ? "claims using" : "references to"} it would be ambiguous`,
      fix: `Give each ${p.what} names of its own: remove "${p.name}" here or from ${p.what} "${p.owner}".`,
    }),
    "unknown-facet": (p) => ({
      message: `unknown facet "${p.facet}" in vocabulary "${p.vocabulary}"${maybe(p.suggestion)}`,
      fix: `Use a facet of the "${p.vocabulary}" vocabulary, or pass a vocabulary that defines it (defineVocabulary).`,
    }),
    "value-kind": (p) => ({
      message: `value does not fit facet "${p.facet}" (${KIND_NAMES[p.kind]})${p.problem ? `: ${rule(p.problem).message}` : ""}`,
      fix: `Give ${KIND_VALUES[p.kind]}.`,
    }),
    "unknown-name": (p) => ({ message: `"${p.name}" is not a value of facet "${p.facet}"${maybe(p.suggestion)}`, fix: `Use one of ${quoted(p.known)}.` }),
    "invalid-date": (p) => ({ message: `"${p.received}" is not an ISO 8601 date or date-time`, fix: DATES }),
    "unreadable-phrase": phrase,
    cycle: (p) => ({
      message: `${p.what} form a cycle through "${p.link}": ${p.chain.join(" → ")}`,
      fix: `Remove or change one "${p.link}" link so that the chain never comes back to where it started.`,
    }),
    "part-of-kind": (p) => ({
      message: "only a quantity facet can be part of another quantity facet",
      fix: `Remove "${p.whole}" from the partOf of facet "${p.facet}", or make both facets quantities.`,
    }),
    "malformed-text": (p) => ({
      message: `${p.inKey ? "a key" : "text"} holding a lone surrogate (\\u${p.unit} at index ${p.at}), which is not well-formed Unicode`,
      fix: "Write well-formed Unicode: a surrogate is valid only in a pair (text cut in the middle of an emoji often leaves one alone).",
    }),
    "too-deep": (p) => ({
      message: `nested more than ${p.limit} levels deep`,
      fix: `Keep data within ${p.limit} levels: the format's own fields nest a few levels, so flatten what a tool keeps in its own fields here.`,
    }),
    "reserved-key": (p) => ({
      message: `a key named "${p.key}", which JavaScript reads as an object's prototype, not as data`,
      fix: `Rename the key "${p.key}": tools that copy or check the object would drop it silently.`,
    }),
  },
};
