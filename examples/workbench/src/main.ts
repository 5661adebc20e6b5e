/**
 * The workbench page: paste an article, confirm the drafted claims, edit the
 * incident as a table, and see live where the accounts agree, differ and
 * cannot all be true. It uses the library's public API alone (`contested`),
 * in plain DOM and TypeScript: the page is a handful of panels re-drawn from
 * one state after each change, which needs no framework.
 */
import { formatSheetIssue, type Issue, readings, reconcile } from "contested";
// Sample articles written for the page (invented places, people and figures), one per interface language.
import sampleEn from "../samples/damboa-base-attack.en.txt?raw";
import sampleFr from "../samples/tessit-camp-attack.fr.txt?raw";
import { claimFieldOf, type ClaimField } from "./claimFields.js";
import { fieldEdits, newClaim } from "./claimEdits.js";
import { claimTable } from "./claimTable.js";
import { comparePanel } from "./comparePanel.js";
import { h, replaceChildren } from "./dom.js";
import { DOWNLOADS, download } from "./downloads.js";
import { entriesPanel } from "./entriesPanel.js";
import { clearInvalid, markInvalid, showIssues } from "./fields.js";
import { edit, type Recipe } from "./history.js";
import { header } from "./header.js";
import { agreementsPanel, type Insight, readingsPanel, reportPanel } from "./insightPanel.js";
import { articleLanguage, inputKind, readDocument } from "./intake.js";
import { intakePanel } from "./intakePanel.js";
import { movedPage, redoPage, replaceReview, undoPage } from "./pageHistory.js";
import { acceptEdit, type Review, type ReviewItem, reviewStatus, startReview } from "./review.js";
import { reviewPanel } from "./reviewPanel.js";
import { emptyIncident, restore, type Saved, STORAGE_KEY, save } from "./saved.js";
import { valueCells } from "./valueCells.js";
import { WORDS } from "./words.js";
import "./style.css";

const app = document.getElementById("app")!;
const opened = restore(localStorage.getItem(STORAGE_KEY), navigator.language);
let state: Saved = opened.state;
let status = opened.restored ? opened.dropped.map((part) => WORDS[state.uiLang].droppedOnReload[part]).join(" ") : WORDS[state.uiLang].startedAfresh;

/** Keeps the state and draws the page again. */
function commit(next: Saved, message = ""): void {
  state = next;
  status = message;
  keep();
  render();
}

const words = () => WORDS[state.uiLang];

/** Saves the state; when the browser's quota let only part of it be kept, says so in the status line. */
function keep(): void {
  const kept = save(localStorage, state);
  if (kept !== "all") setStatus(words().notAllSaved[kept]);
}

function undoLast(): void {
  if (state.history.undo.length > 0) commit(undoPage(state), words().undone);
}

function redoLast(): void {
  if (state.history.redo.length > 0) commit(redoPage(state), words().redone);
}

/**
 * Opens, replaces or closes the review, with an edit of the incident or
 * none, as one step to undo: a review that was open is never lost without
 * a way back, and the status line says how to get it back.
 */
function swapReview(review: Review | null, message: string, recipe?: Recipe): boolean {
  const hadReview = state.review !== undefined;
  const outcome = replaceReview(state, review, recipe);
  if (!outcome.ok) return false;
  const back = hadReview ? ` ${review ? words().reviewReplaced : words().reviewClosed}` : "";
  commit(outcome.state, `${message}${back}`.trim());
  return true;
}

/**
 * Applies edits to the incident, trying each in turn: the first valid one is
 * kept (one undo step); when none is, the first one's issues are shown at
 * their fields, `place` saying which control a path leads to.
 */
function apply(recipes: readonly Recipe[], place: (path: readonly (string | number)[]) => string | undefined, fallbackId: string): boolean {
  let first: readonly Issue[] | undefined;
  for (const recipe of recipes) {
    const outcome = edit(state.history, recipe);
    if (outcome.ok) {
      if (outcome.history === state.history) commit(state);
      else commit(movedPage(state, outcome.history, outcome.history.undo.at(-1)?.patches ?? []), words().edited);
      return true;
    }
    first ??= outcome.issues;
  }
  clearInvalid(app);
  const fallback = document.getElementById(fallbackId);
  if (first && fallback) showIssues(first, state.uiLang, place, fallback);
  setStatus(words().refused(first?.length ?? 0));
  return false;
}

/** The control of the claims table a path leads to, or of the entries panel. */
function tableControl(path: readonly (string | number)[]): string | undefined {
  const claim = claimFieldOf(path);
  if (claim) return `claim-${claim.index}-${claim.field}`;
  if ((path[0] === "sources" || path[0] === "actors" || path[0] === "places") && typeof path[1] === "number")
    return `${path[0]}-${path[1]}-${path[2] ?? "name"}`;
  if (path.length === 1 && (path[0] === "id" || path[0] === "title" || path[0] === "lang")) return `incident-${path[0]}`;
  return undefined;
}

function setStatus(message: string): void {
  status = message;
  const region = document.getElementById("status");
  if (region) region.textContent = message;
}

function onTableField(index: number, field: ClaimField, text: string): void {
  const edits = fieldEdits(state.history.incident, index, field, text, state.uiLang);
  if ("problem" in edits) {
    clearInvalid(app);
    markInvalid(`claim-${index}-${field}`, edits.problem);
    setStatus(words().refused(1));
    return;
  }
  apply(edits.recipes, tableControl, "claims-issues");
}

function updateReview(change: (review: Review) => Review, message = ""): void {
  if (state.review) commit({ ...state, review: change(state.review) }, message);
}

function setItem(review: Review, index: number, item: Partial<ReviewItem>): Review {
  return { ...review, items: review.items.map((it, i) => (i === index ? { ...it, ...item } : it)) };
}

/** Accepts one drafted claim: the one click that puts it in the incident. */
function accept(index: number): boolean {
  const review = state.review;
  const item = review?.items[index];
  if (review === undefined || item === undefined || reviewStatus(item, state.history.incident) !== "pending") return false;
  const made = acceptEdit(review, index, state.history.incident, state.uiLang);
  if ("problem" in made) {
    clearInvalid(app);
    markInvalid(`review-${index}-value`, made.problem);
    setStatus(words().refused(1));
    return false;
  }
  const newIndex = state.history.incident.claims.length;
  const outcome = edit(state.history, made.recipe);
  if (!outcome.ok) {
    clearInvalid(app);
    const place = (path: readonly (string | number)[]) => {
      const at = claimFieldOf(path);
      return at && at.index === newIndex ? `review-${index}-${at.field}` : undefined;
    };
    showIssues(outcome.issues, state.uiLang, place, document.getElementById(`review-${index}-issues`)!);
    setStatus(words().refused(outcome.issues.length));
    return false;
  }
  const { already: _already, ...accepted } = item;
  const items = review.items.map((it, i) => (i === index ? { ...accepted, status: "accepted" as const, acceptedAs: made.id } : it));
  commit({ ...state, history: outcome.history, review: { ...review, items } }, words().acceptedAs(made.id));
  return true;
}

function readIntake(): void {
  const { text, lang } = state.intake;
  const kind = inputKind(text);
  if (kind === "empty") return;
  if (kind === "article") {
    const articleLang = lang === "auto" ? articleLanguage(text) : lang;
    const review = startReview(text, articleLang, state.history.incident);
    const accepted = review.items.filter((item) => item.status === "accepted").length;
    swapReview(review, words().reviewCount(review.items.length - accepted, accepted, 0));
    document.getElementById("review-title")?.focus();
    return;
  }
  const read = readDocument(text, kind, lang === "auto" ? articleLanguage(text) : lang);
  const problems = document.getElementById("intake-issues")!;
  if (read.kind === "not-json") {
    problems.replaceChildren(h("p", {}, words().notJson(read.detail)));
    problems.hidden = false;
    return;
  }
  if (read.kind === "invalid") {
    showIssues(read.error.issues, state.uiLang, () => undefined, problems);
    return;
  }
  const incident = read.incident;
  if (!swapReview(null, words().loaded(incident.claims.length), () => incident)) return;
  if (read.sheetIssues.length > 0) {
    const list = document.getElementById("intake-issues")!;
    list.replaceChildren(
      h("p", {}, words().rowsLeftOut(read.sheetIssues.length)),
      h(
        "ul",
        {},
        read.sheetIssues.map((issue) => h("li", {}, formatSheetIssue(issue, { lang: state.uiLang }))),
      ),
    );
    list.hidden = false;
  }
}

function render(): void {
  const w = words();
  const { incident } = state.history;
  document.documentElement.lang = state.uiLang;
  document.title = `${incident.title ?? incident.id} — ${w.appTitle}`;
  const cells = valueCells(incident);
  const result = incident.claims.length > 0 ? reconcile(incident, { lang: state.uiLang }) : undefined;
  const contradicted = new Set(result?.flags.filter((f) => f.severity === "contradiction").flatMap((f) => f.claims) ?? []);
  const insight: Insight | undefined = result && { incident, result, readings: readings(result), cells, lang: state.uiLang, words: w };
  const review = state.review;
  replaceChildren(
    app,
    h("a", { class: "skip", href: "#claims" }, w.skip),
    header({ incident, uiLang: state.uiLang, canUndo: state.history.undo.length > 0, canRedo: state.history.redo.length > 0, status }, w, {
      onlang: (uiLang) => commit({ ...state, uiLang }),
      onundo: undoLast,
      onredo: redoLast,
      onnew: () => swapReview(null, w.edited, () => emptyIncident()),
      ondownload: (kind) => download(DOWNLOADS[kind](state.history.incident, state.uiLang)),
    }),
    h(
      "main",
      { class: "workbench" },
      h(
        "div",
        { class: "work" },
        intakePanel(state.intake, w, {
          onchange: (intake) => {
            state = { ...state, intake };
            keep();
          },
          onread: readIntake,
          sample: state.uiLang === "fr" ? sampleFr : sampleEn,
        }),
        review
          ? reviewPanel(review, incident, state.uiLang, w, {
              onfield: (index, field, text) => {
                // The review as it stands now: a card's fields change it without drawing the page again, so the one drawn is behind.
                const current = state.review;
                const item = current?.items[index];
                if (!current || !item) return;
                const next = setItem(current, index, { text: { ...item.text, [field]: text } });
                state = { ...state, review: next };
                keep();
                if (field === "facet") render();
              },
              onaccept: (index) => {
                if (accept(index)) document.getElementById(`review-${index}-title`)?.focus();
              },
              onreject: (index) => updateReview((r) => setItem(r, index, { status: "rejected" }), w.rejected),
              onreconsider: (index) => {
                updateReview((r) => setItem(r, index, { status: "pending" }));
                document.getElementById(`review-${index}-accept`)?.focus();
              },
              onacceptAll: () => {
                const pending = (state.review?.items ?? []).flatMap((item, i) => (reviewStatus(item, state.history.incident) === "pending" ? [i] : []));
                // It stops at the first claim that cannot go in as it stands, whose card then says why.
                for (const index of pending) {
                  if (!accept(index)) {
                    document.getElementById(`review-${index}-title`)?.focus();
                    break;
                  }
                }
              },
              onclose: () => swapReview(null, ""),
            })
          : null,
        claimTable(
          { incident, cells, contradicted, lang: state.uiLang, words: w },
          {
            onfield: onTableField,
            onadd: () => {
              const claim = newClaim(state.history.incident);
              if (claim && apply([(d) => void d.claims.push(claim)], tableControl, "claims-issues"))
                document.getElementById(`claim-${state.history.incident.claims.length - 1}-id`)?.focus();
            },
            ondelete: (index) => apply([(d) => void d.claims.splice(index, 1)], tableControl, "claims-issues"),
          },
        ),
        entriesPanel(incident, w, (recipe) => apply([recipe], tableControl, "entries-issues")),
        comparePanel(state.compare, state.uiLang, w, {
          onchange: (compare) => {
            state = { ...state, compare };
            keep();
          },
          current: () => `${JSON.stringify(state.history.incident, null, 2)}\n`,
        }),
      ),
      h(
        "div",
        // Beside the work on a wide screen, it scrolls on its own: it takes the focus so that a keyboard can scroll it too.
        { class: "insight", role: "region", "aria-label": w.liveTitle, tabindex: "0" },
        insight
          ? [reportPanel(insight), readingsPanel(insight), agreementsPanel(insight)]
          : h(
              "section",
              { id: "report", class: "panel", "aria-labelledby": "report-title" },
              h("h2", { id: "report-title" }, w.reportTitle),
              h("p", {}, w.emptyIncident),
            ),
      ),
    ),
  );
}

document.addEventListener("keydown", (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if (typing || !(event.ctrlKey || event.metaKey)) return;
  const key = event.key.toLowerCase();
  if (key === "z" && !event.shiftKey && state.history.undo.length > 0) {
    event.preventDefault();
    undoLast();
  } else if (((key === "z" && event.shiftKey) || key === "y") && state.history.redo.length > 0) {
    event.preventDefault();
    redoLast();
  }
});

// What did not read back is let go once, not read again at every visit.
if (opened.dropped.length > 0) keep();
render();
document.body.dataset.ready = "true";
