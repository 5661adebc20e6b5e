import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleInput } from "./score.js";

/**
 * The evaluation sets: `dev` (the articles the drafter may be tuned on),
 * `holdout` (kept apart, to read the score on unseen text), `test` (a third,
 * independent set written without looking at the drafter), `fresh` (one more
 * independent set, written without reading the drafter or its output, for
 * error analysis: it may be read in verbose), `fresh2` (a second such study
 * set, written by another analyst on other countries and with more varied
 * attribution; included in `all` like `fresh`), `fresh3` (a third such
 * study set, written by a third analyst blind to the drafter, on other
 * countries and outlets; included in `all` like `fresh` and `fresh2`),
 * `fresh4` (a fourth such study set, written by a fifth analyst blind to the
 * drafter and to the `blind`, `final` and `unseen` sets; included in `all`),
 * `fresh5` (a fifth such study set, written by a sixth analyst under the
 * same rules; included in `all`), `fresh6` (a sixth, by a seventh analyst
 * under the same rules; included in `all`), `fresh7` (a seventh, by an
 * eighth analyst under the same rules; included in `all`), `fresh8` (an
 * eighth, by a ninth analyst under the same rules; included in `all`),
 * `fresh9` (a ninth, by a tenth analyst under the same rules; included in
 * `all`), `fresh10` (a tenth, by an eleventh analyst under the same rules;
 * included in `all`), `fresh11` (an eleventh, by a twelfth analyst under the
 * same rules; included in `all`), `fresh12` (a twelfth, by a thirteenth
 * analyst under the same rules; included in `all`), `fresh13` (a
 * thirteenth, by a fourteenth analyst under the same rules; included in
 * `all`), `fresh14` (a fourteenth, by a fifteenth analyst under the same
 * rules; included in `all`), `fresh15` (a fifteenth, by a sixteenth analyst
 * under the same rules; included in `all`), `fresh16` (a sixteenth, by a
 * seventeenth analyst under the same rules; included in `all`), `fresh17` (a
 * seventeenth, by an eighteenth analyst under the same rules; included in
 * `all`), `fresh18` (an eighteenth, by a nineteenth analyst under the same
 * rules; included in `all`), `fresh19` (a nineteenth, by a twentieth analyst
 * under the same rules; included in `all`), `fresh20` (a twentieth, by a
 * twenty-first analyst under the same rules; included in `all`), `fresh21`
 * (a twenty-first, by a twenty-second analyst under the same rules; included
 * in `all`), `fresh22` (a twenty-second, by a twenty-third analyst under the
 * same rules; included in `all`), `blind` (a blind proxy set written by a fourth analyst who never read the
 * drafter, its tests or its output, nor the `final` and `unseen` sets; it is
 * part of `all` like the study sets, but is to be run in aggregate only, never
 * with `--verbose`, so that it stays a clean proxy for unseen text),
 * `seeds` (the five hand-coded seed incidents with their source articles),
 * `final` (a last independent set, kept unseen until the very end) and
 * `unseen` (one more independent set, written without reading the drafter
 * or its output, kept unseen likewise). The two unseen sets are read only
 * when asked for by name, never as part of {@link ALL_SETS}.
 */
export const SET_NAMES = [
  "dev",
  "holdout",
  "test",
  "fresh",
  "fresh2",
  "fresh3",
  "fresh4",
  "fresh5",
  "fresh6",
  "fresh7",
  "fresh8",
  "fresh9",
  "fresh10",
  "fresh11",
  "fresh12",
  "fresh13",
  "fresh14",
  "fresh15",
  "fresh16",
  "fresh17",
  "fresh18",
  "fresh19",
  "fresh20",
  "fresh21",
  "fresh22",
  "blind",
  "seeds",
  "final",
  "unseen",
] as const;

/** One of {@link SET_NAMES}. */
export type SetName = (typeof SET_NAMES)[number];

/** The sets kept unseen: run only by name, once, never by `--set all` nor by default. */
export const UNSEEN_SETS: readonly SetName[] = ["final", "unseen"];

/** The sets `--set all` runs: every set but the {@link UNSEEN_SETS}, which are run only by name. */
export const ALL_SETS: readonly SetName[] = SET_NAMES.filter((set) => !UNSEEN_SETS.includes(set));

/** An article of a set, with where it was read from. */
export interface EvalArticle extends ArticleInput {
  readonly set: SetName;
  /** The text file, relative to the repository. */
  readonly file: string;
}

/** A set as read from disk: its articles, and what could not be paired. */
export interface LoadedSet {
  readonly articles: readonly EvalArticle[];
  /** Files left out, each with the reason (a text without gold, a seed whose article is missing). */
  readonly skipped: readonly string[];
}

/** The repository's root: two folders above this file. */
export function repositoryRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
}

/**
 * Reads a set from disk, in file-name order.
 *
 * - `dev`, `holdout`, `test`, `fresh`, `fresh2`, `fresh3`, `fresh4`, `fresh5`, `fresh6`, `fresh7`, `fresh8`, `fresh9`, `fresh10`, `fresh11`, `fresh12`, `fresh13`, `fresh14`, `fresh15`, `fresh16`, `fresh17`, `fresh18`, `fresh19`, `fresh20`, `fresh21`, `fresh22`, `blind`, `final` and `unseen`: `eval/draft/articles/<set>/<name>.txt` with the gold
 *   `<name>.json` beside it;
 * - `seeds`: each `seeds/*.json` of the repository, with the article its
 *   `article` field names, in `../shared/seeds/<article>.txt` next to the
 *   repository (skipped, with a reason, when that folder is absent).
 *
 * A gold's language is its `lang`, else the `fr-`/`en-` prefix of its name.
 *
 * @param set - Which set.
 * @param repository - The repository's root. Default: {@link repositoryRoot}.
 * @returns The articles and the files left out.
 */
export function loadSet(set: SetName, repository: string = repositoryRoot()): LoadedSet {
  return set === "seeds" ? loadSeeds(repository) : loadArticles(set, repository);
}

function loadArticles(set: SetName, repository: string): LoadedSet {
  const folder = path.join(repository, "eval", "draft", "articles", set);
  if (!existsSync(folder)) return { articles: [], skipped: [`${path.relative(repository, folder)}: no such folder`] };
  const files = readdirSync(folder).sort();
  const articles: EvalArticle[] = [];
  const skipped: string[] = [];
  for (const file of files.filter((name) => name.endsWith(".txt"))) {
    const name = file.slice(0, -".txt".length);
    const goldFile = path.join(folder, `${name}.json`);
    if (!existsSync(goldFile)) {
      skipped.push(`${set}/${file}: no gold ${name}.json beside it`);
      continue;
    }
    const gold: unknown = JSON.parse(readFileSync(goldFile, "utf8"));
    articles.push({
      set,
      id: name,
      file: path.relative(repository, path.join(folder, file)),
      lang: languageOf(gold, name),
      text: readFileSync(path.join(folder, file), "utf8"),
      gold,
    });
  }
  for (const file of files.filter((name) => name.endsWith(".json"))) {
    if (!files.includes(file.replace(/\.json$/u, ".txt"))) skipped.push(`${set}/${file}: no article beside it`);
  }
  return { articles, skipped };
}

function loadSeeds(repository: string): LoadedSet {
  const goldFolder = path.join(repository, "seeds");
  const textFolder = path.join(repository, "..", "shared", "seeds");
  const articles: EvalArticle[] = [];
  const skipped: string[] = [];
  for (const file of readdirSync(goldFolder)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    const gold: unknown = JSON.parse(readFileSync(path.join(goldFolder, file), "utf8"));
    const article = (gold as { article?: unknown }).article;
    const textFile = typeof article === "string" ? path.join(textFolder, `${article}.txt`) : undefined;
    if (textFile === undefined || !existsSync(textFile)) {
      skipped.push(`seeds/${file}: its article ${textFile === undefined ? "is not named" : `${path.relative(repository, textFile)} is missing`}`);
      continue;
    }
    const id = file.slice(0, -".json".length);
    articles.push({ set: "seeds", id, file: path.relative(repository, textFile), lang: languageOf(gold, id), text: readFileSync(textFile, "utf8"), gold });
  }
  return { articles, skipped };
}

function languageOf(gold: unknown, name: string): string {
  const lang = (gold as { lang?: unknown }).lang;
  if (typeof lang === "string") return lang;
  return name.startsWith("en-") ? "en" : "fr";
}
