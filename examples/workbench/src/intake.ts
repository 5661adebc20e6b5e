import { columnOf, fromCsv, safeParseIncident, type Incident, type IncidentError, type SheetIssue } from "contested";

/** What a pasted or dropped text is: nothing, a JSON incident, a CSV claims sheet, or an article to draft from. */
export type InputKind = "empty" | "json" | "csv" | "article";

/**
 * Tells what a text is: JSON when it opens with `{`, a claims sheet when its
 * first line names at least two of the sheet's columns (a `facet` and a
 * `value`, say) between separators, in English or French as `fromCsv` reads
 * them ("Claim ID", « Valeur », « Type de source »), else an article.
 *
 * @example
 * [inputKind("id;source;facet;value\nc1;RFI;killed;12"), inputKind("Identifiant;Source;Facette;Valeur\nc1;RFI;tués;12")]
 * //=> ["csv", "csv"]
 */
export function inputKind(text: string): InputKind {
  const body = text.replace(/^\uFEFF/u, "").trim();
  if (body === "") return "empty";
  if (body.startsWith("{")) return "json";
  const header = body.split(/\r?\n/u, 1)[0]!;
  const cells = header.split(/[,;\t]/u).map((cell) => cell.trim().replace(/^"(.*)"$/u, "$1"));
  const named = cells.filter((cell) => columnOf(cell) !== undefined).length;
  return named >= 2 && cells.length >= 3 ? "csv" : "article";
}

const FRENCH = /\b(le|la|les|des|du|une|et|est|selon|dans|qui|ont|été|pour|sur|avec|au|aux)\b/giu;
const ENGLISH = /\b(the|of|and|is|was|were|said|according|in|to|with|for|on|by|at|have|has)\b/giu;

/**
 * The language of an article, by its commonest small words: `"fr"` or `"en"`.
 *
 * @example
 * articleLanguage("Selon l'armée, les assaillants ont été repoussés.")
 * //=> "fr"
 */
export function articleLanguage(text: string): "fr" | "en" {
  return (text.match(FRENCH)?.length ?? 0) >= (text.match(ENGLISH)?.length ?? 0) ? "fr" : "en";
}

/** A document read: the incident, or why it could not be; a sheet may give an incident and the problems of the rows it left out. */
export type DocumentReading =
  | { readonly kind: "incident"; readonly incident: Incident; readonly sheetIssues: readonly SheetIssue[] }
  | { readonly kind: "invalid"; readonly error: IncidentError }
  | { readonly kind: "not-json"; readonly detail: string };

/**
 * Reads a JSON incident (checked as `parseIncident` checks it) or a CSV
 * claims sheet (as `fromCsv` reads it: every readable row kept).
 *
 * @example
 * readDocument('{"contested":1,"id":"x","sources":[],"claims":[]}', "json").kind
 * //=> "incident"
 */
export function readDocument(text: string, kind: "json" | "csv", lang: string): DocumentReading {
  if (kind === "csv") {
    const sheet = fromCsv(text, { lang });
    return { kind: "incident", incident: sheet.incident, sheetIssues: sheet.issues };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/u, ""));
  } catch (error) {
    return { kind: "not-json", detail: (error as Error).message };
  }
  const parsed = safeParseIncident(json);
  return parsed.success ? { kind: "incident", incident: parsed.data, sheetIssues: [] } : { kind: "invalid", error: parsed.error };
}
