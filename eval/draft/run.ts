/**
 * `npm run eval:draft` — scores `draftIncident` against the hand-coded gold.
 *
 *     npm run eval:draft -- [--set dev|holdout|test|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|fresh20|fresh21|fresh22|blind|seeds|final|unseen|all] [--verbose]
 *                           [--min-precision P --min-recall R]
 *
 * Drafts every article of the chosen sets (default: dev and seeds; `all` is
 * every set but `final` and `unseen`, which are kept unseen and run only by
 * name, once, at the end), scores each draft with `scoreDraft`, and prints one row per article,
 * then per set, per language and overall (micro-averages). `--verbose`
 * adds, under each article, the missed gold claims, the false positives,
 * matched claims whose kind, relays or hedge differ, and the evidence
 * failures; the first issues of a draft `parseIncident` refuses are always
 * printed.
 *
 * Exit code: 0, unless `--min-precision` or `--min-recall` is given and the
 * overall figure falls below it (1), or the arguments are wrong (2).
 */
import { draftIncident } from "../../src/draft/draftIncident.js";
import { ALL_SETS, loadSet, SET_NAMES, type EvalArticle, type SetName } from "./evalSet.js";
import { formatDetails, formatTable, type TableRow } from "./report.js";
import { rates, scoreDraft, sumCounts, type ArticleScore } from "./score.js";

interface Arguments {
  readonly sets: readonly SetName[];
  readonly verbose: boolean;
  readonly minPrecision?: number;
  readonly minRecall?: number;
}

const USAGE =
  "usage: npm run eval:draft -- [--set dev|holdout|test|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|fresh20|fresh21|fresh22|blind|seeds|final|unseen|all] [--verbose] [--min-precision P] [--min-recall R]";
const SHOWN_PARSE_ISSUES = 3;

function parseArguments(argv: readonly string[]): Arguments | string {
  let sets: readonly SetName[] = ["dev", "seeds"];
  let verbose = false;
  const thresholds: { minPrecision?: number; minRecall?: number } = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === "--verbose" || flag === "-v") verbose = true;
    else if (flag === "--set") {
      const set = value();
      if (set === "all") sets = ALL_SETS;
      else if ((SET_NAMES as readonly string[]).includes(set ?? "")) sets = [set as SetName];
      else
        return `unknown set ${JSON.stringify(set)}: use dev, holdout, test, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, blind, seeds, final, unseen or all`;
    } else if (flag === "--min-precision" || flag === "--min-recall") {
      const number = Number(value());
      if (!(number >= 0 && number <= 1)) return `${flag} takes a number between 0 and 1`;
      thresholds[flag === "--min-precision" ? "minPrecision" : "minRecall"] = number;
    } else if (flag === "--help" || flag === "-h") return USAGE;
    else return `unknown argument ${JSON.stringify(arg)}`;
  }
  return { sets, verbose, ...thresholds };
}

/** Drafts and scores one article; a drafter that throws gets an empty draft and its error as the parse issue. */
function scoreArticle(article: EvalArticle): ArticleScore {
  try {
    return scoreDraft(article, draftIncident(article.text, { lang: article.lang, id: article.id }));
  } catch (error) {
    const score = scoreDraft(article, { contested: 1, id: article.id, sources: [], claims: [] });
    return {
      ...score,
      counts: { ...score.counts, parseFailures: 1 },
      parseIssues: [`draftIncident threw: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}

function main(argv: readonly string[]): number {
  const args = parseArguments(argv);
  if (typeof args === "string") {
    console.error(args === USAGE ? USAGE : `${args}\n${USAGE}`);
    return args === USAGE ? 0 : 2;
  }
  const scored: { set: SetName; score: ArticleScore }[] = [];
  for (const set of args.sets) {
    const loaded = loadSet(set);
    for (const reason of loaded.skipped) console.error(`skipped ${reason}`);
    for (const article of loaded.articles) scored.push({ set, score: scoreArticle(article) });
  }
  if (scored.length === 0) {
    console.error("no article to score");
    return 0;
  }

  console.log(formatTable(scored.map(({ set, score }) => ({ label: `${set}/${score.id}`, counts: score.counts }))));
  for (const { set, score } of scored) {
    const details = args.verbose ? formatDetails(score) : "";
    const issues = score.parseIssues.slice(0, SHOWN_PARSE_ISSUES).map((issue) => `    ${issue}`);
    const more = score.parseIssues.length > SHOWN_PARSE_ISSUES ? [`    … and ${score.parseIssues.length - SHOWN_PARSE_ISSUES} more`] : [];
    if (details === "" && issues.length === 0) continue;
    console.log(`\n${set}/${score.id} (${score.lang})`);
    if (issues.length > 0) console.log(["  parseIncident refuses the draft:", ...issues, ...more].join("\n"));
    if (details !== "") console.log(details);
  }

  const group = (key: (entry: { set: SetName; score: ArticleScore }) => string): TableRow[] => {
    const labels = [...new Set(scored.map(key))];
    return labels.map((label) => ({ label, counts: sumCounts(scored.filter((entry) => key(entry) === label).map((entry) => entry.score.counts)) }));
  };
  const overall = sumCounts(scored.map((entry) => entry.score.counts));
  console.log("\nby set, by language, overall");
  console.log(formatTable([...group((entry) => `set ${entry.set}`), ...group((entry) => `lang ${entry.score.lang}`), { label: "overall", counts: overall }]));
  console.log(
    "\nP, R, F1: claims matched one-to-one on facet, value and source; src: of the claims matched on facet and value, the share with the right source;",
  );
  console.log("kind, via, hedge: agreement among matched claims; evid: claims whose evidence does not hold their quote; parse: drafts parseIncident refuses.");

  const total = rates(overall);
  const misses = [
    ...(args.minPrecision !== undefined && total.precision < args.minPrecision ? [`precision ${total.precision.toFixed(3)} < ${args.minPrecision}`] : []),
    ...(args.minRecall !== undefined && total.recall < args.minRecall ? [`recall ${total.recall.toFixed(3)} < ${args.minRecall}`] : []),
  ];
  if (misses.length > 0) {
    console.error(`\nbelow the threshold: ${misses.join(", ")}`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
