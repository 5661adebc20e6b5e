import { type Incident, splitSentences } from "contested";
import { type ClaimField, claimControls } from "./claimFields.js";
import { h } from "./dom.js";
import { claimSentence, type Review, reviewEntries, reviewStatus } from "./review.js";
import type { UiLang, Words } from "./words.js";

/** What the review asks of the page. */
export interface ReviewActions {
  readonly onfield: (index: number, field: ClaimField, text: string) => void;
  readonly onaccept: (index: number) => void;
  readonly onreject: (index: number) => void;
  readonly onreconsider: (index: number) => void;
  readonly onacceptAll: () => void;
  readonly onclose: () => void;
}

const CARD_FIELDS: readonly ClaimField[] = ["source", "facet", "party", "group", "place", "item", "when", "target", "value", "hedge", "not"];

/** A sentence with the words of its claims marked, each mark followed by the numbers of the claims it holds. */
function markedSentence(
  text: string,
  span: { start: number; end: number },
  claims: readonly { n: number; start: number; end: number }[],
  lang: string,
): HTMLElement {
  const cuts = [...new Set([span.start, span.end, ...claims.flatMap((c) => [Math.max(c.start, span.start), Math.min(c.end, span.end)])])].sort((a, b) => a - b);
  const parts: (Node | string)[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const piece = text.slice(from, to);
    const covering = claims.filter((c) => c.start <= from && c.end >= to);
    parts.push(covering.length > 0 ? h("mark", {}, piece) : piece);
    const ending = claims.filter((c) => c.end === to);
    if (ending.length > 0) parts.push(h("sup", { class: "mark-number" }, ending.map((c) => c.n).join(",")));
  }
  return h("blockquote", { class: "sentence", lang }, parts);
}

/**
 * The review of a drafted article: sentence by sentence, the sentence with
 * the words of each proposed claim marked at its evidence offsets, and
 * beside it a card per claim to change, accept or reject.
 *
 * @example
 * reviewPanel(review, incident, "en", WORDS.en, actions).querySelectorAll("mark").length > 0
 * //=> true
 */
export function reviewPanel(review: Review, incident: Incident, lang: UiLang, words: Words, actions: ReviewActions): HTMLElement {
  const entries = reviewEntries(review, incident);
  const groups = new Map<string, { span: { start: number; end: number }; indexes: number[] }>();
  const articleSentences = splitSentences(review.text, review.lang);
  review.items.forEach((item, index) => {
    const span = claimSentence(articleSentences, item.claim.evidence);
    const key = `${span.start}:${span.end}`;
    const group = groups.get(key) ?? { span, indexes: [] };
    group.indexes.push(index);
    groups.set(key, group);
  });
  const statuses = review.items.map((item) => reviewStatus(item, incident));
  const count = (status: string) => statuses.filter((s) => s === status).length;
  const sentences = [...groups.values()].map(({ span, indexes }) => {
    const marks = indexes.map((i) => ({ n: i + 1, ...review.items[i]!.claim.evidence }));
    const cards = indexes.map((index) => {
      const item = review.items[index]!;
      const status = statuses[index]!;
      const title = `review-${index}-title`;
      const body =
        status === "pending"
          ? [
              h("p", { class: "quote" }, h("q", { lang: review.lang }, item.claim.quote)),
              h(
                "div",
                { class: "card-fields" },
                claimControls({
                  prefix: `review-${index}`,
                  claim: item.text,
                  entries,
                  incident,
                  lang,
                  words,
                  visibleLabels: true,
                  name: String(index + 1),
                  fields: CARD_FIELDS,
                  onchange: (field, text) => actions.onfield(index, field, text),
                }),
              ),
              h("div", { class: "issues", id: `review-${index}-issues`, role: "alert", hidden: true }),
              h(
                "div",
                { class: "buttons" },
                h("button", { type: "button", class: "primary", id: `review-${index}-accept`, onclick: () => actions.onaccept(index) }, words.accept),
                h("button", { type: "button", id: `review-${index}-reject`, onclick: () => actions.onreject(index) }, words.reject),
              ),
            ]
          : status === "accepted"
            ? [h("p", { class: "status accepted" }, (item.already ? words.alreadyIn : words.acceptedAs)(item.acceptedAs ?? ""))]
            : [
                h(
                  "p",
                  { class: "status rejected" },
                  words.rejected,
                  " ",
                  h(
                    "button",
                    { type: "button", class: "link", id: `review-${index}-reconsider`, onclick: () => actions.onreconsider(index) },
                    words.reconsider,
                  ),
                ),
              ];
      return h(
        "section",
        { class: `proposal ${status}`, "aria-labelledby": title, "data-status": status },
        h("h3", { id: title, tabindex: "-1" }, words.proposed(index + 1)),
        body,
      );
    });
    return h("article", { class: "draft-sentence" }, markedSentence(review.text, span, marks, review.lang), h("div", { class: "proposals" }, cards));
  });
  const pending = count("pending");
  return h(
    "section",
    { id: "review", class: "panel", "aria-labelledby": "review-title" },
    h("h2", { id: "review-title", tabindex: "-1" }, words.reviewTitle),
    h("p", { class: "hint" }, words.reviewHelp),
    h("p", { id: "review-count", "aria-live": "polite" }, words.reviewCount(pending, count("accepted"), count("rejected"))),
    review.items.length === 0 ? h("p", {}, words.nothingDrafted) : null,
    h(
      "div",
      { class: "buttons" },
      h("button", { type: "button", id: "accept-all", disabled: pending === 0, onclick: actions.onacceptAll }, words.acceptAll),
      h("button", { type: "button", id: "close-review", onclick: actions.onclose }, words.closeReview),
    ),
    sentences,
  );
}
