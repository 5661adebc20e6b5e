import type { ClaimView } from "./documentView.js";
import { rates, type ArticleScore, type Counts } from "./score.js";

/** One line of the score table: a label (an article, a language, a set) and its counts. */
export interface TableRow {
  readonly label: string;
  readonly counts: Counts;
}

const COLUMNS = ["gold", "draft", "match", "P", "R", "F1", "src", "kind", "via", "hedge", "evid", "parse"] as const;

/**
 * The score table: one row per label with its counts, precision, recall,
 * F1, source accuracy, and the accuracies of kind, relays and hedge among
 * matched claims, then the evidence failures and refused drafts. An
 * accuracy with nothing to measure shows as `–`.
 *
 * @example
 * formatTable([{ label: "fr-mali-sokoura-embuscade", counts }]).split("\n")[0]
 * //=> "                            gold draft match     P     R    F1   src  kind   via hedge  evid parse"
 */
export function formatTable(rows: readonly TableRow[]): string {
  const width = Math.max(10, ...rows.map((row) => row.label.length));
  const header = `${"".padEnd(width)} ${COLUMNS.map((column) => column.padStart(5)).join(" ")}`;
  const lines = rows.map((row) => {
    const c = row.counts;
    const r = rates(c);
    const cells = [c.gold, c.drafted, c.matched].map((n) => String(n).padStart(5));
    const share = [r.precision, r.recall, r.f1, r.sourceAccuracy, r.kindAccuracy, r.viaAccuracy, r.hedgeAccuracy].map((x) =>
      (x === null ? "–" : x.toFixed(2)).padStart(5),
    );
    const failures = [c.evidenceFailures, c.parseFailures].map((n) => String(n).padStart(5));
    return `${row.label.padEnd(width)} ${[...cells, ...share, ...failures].join(" ")}`;
  });
  return [header, ...lines].join("\n");
}

/**
 * What a person needs to debug the drafter on one article: the gold claims
 * it missed (and, when a drafted claim had the facet and value under another
 * source, which one), its false positives, matched claims whose kind, relays
 * or hedge differ, and the evidence failures.
 */
export function formatDetails(score: ArticleScore): string {
  const lines: string[] = [];
  const section = (title: string, items: readonly string[]) => {
    if (items.length > 0) lines.push(`  ${title}:`, ...items.map((item) => `    ${item}`));
  };
  const elsewhere = new Map(score.wrongSource.map((pair) => [pair.gold.index, pair.draft]));
  section(
    "missed",
    score.missed.map((claim) => {
      const near = elsewhere.get(claim.index);
      return `- ${describeClaim(claim)}${near === undefined ? "" : `\n        (facet and value drafted as ${near.id}, under ${JSON.stringify(near.sourceName)})`}`;
    }),
  );
  section(
    "false positives",
    score.falsePositives.map((claim) => `+ ${describeClaim(claim)}`),
  );
  section(
    "matched, but",
    score.pairs.flatMap((pair) => {
      const differences = [
        ...(pair.kindAgrees ? [] : ["source kind differs"]),
        ...(pair.viaAgrees ? [] : [`via [${pair.draft.viaNames.join(", ")}] for [${pair.gold.viaNames.join(", ")}]`]),
        ...(pair.hedgeAgrees ? [] : [`hedge ${pair.draft.hedge} for ${pair.gold.hedge}`]),
      ];
      return differences.length === 0 ? [] : [`~ ${pair.gold.id} ↔ ${pair.draft.id}: ${differences.join("; ")}`];
    }),
  );
  section(
    "evidence",
    score.evidenceFailures.map((failure) => `! ${failure.claim}: ${failure.problem}`),
  );
  return lines.join("\n");
}

/**
 * One claim on one line: facet, scope, value, source and relays, hedge and quote.
 *
 * @example
 * describeClaim(claim)
 * //=> 'local-killed  killed {party: fama, group: soldiers} = {"phrase":"Au moins douze"} ← Sources locales via AFP «Au moins douze soldats y ont été tués»'
 */
export function describeClaim(claim: ClaimView): string {
  const scope = Object.entries(claim.scope).map(([field, value]) => `${field}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
  const via = claim.viaNames.length === 0 ? "" : ` via ${claim.viaNames.join(" → ")}`;
  const hedge = claim.hedge === "asserted" ? "" : ` [${claim.hedge}]`;
  const quote = claim.quote === undefined ? "" : ` «${claim.quote}»`;
  return `${claim.id}  ${claim.facet}${scope.length === 0 ? "" : ` {${scope.join(", ")}}`} = ${claim.not ? "not " : ""}${JSON.stringify(claim.value)} ← ${claim.sourceName}${via}${hedge}${quote}`;
}
