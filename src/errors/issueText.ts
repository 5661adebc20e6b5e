import type { Issue } from "./issue.js";
import type { IssueParams } from "./issueParams.js";
import { enIssues } from "./wording/en.js";
import { frIssues } from "./wording/fr.js";
import type { IssueText, IssueWording } from "./wording/issueWording.js";

/**
 * The languages issues can be worded in, each with its table: the same
 * languages as the notes and reports ({@link MESSAGES}).
 *
 * @example
 * Object.keys(ISSUE_WORDING)
 * //=> ["en", "fr"]
 */
export const ISSUE_WORDING = { en: enIssues, fr: frIssues } as const satisfies Record<string, IssueWording>;

/** A language of {@link ISSUE_WORDING}. */
export type IssueLanguage = keyof typeof ISSUE_WORDING;

/**
 * An issue's message and fix in a language, written from its `code` and
 * `params` alone (the English ones are also on the issue itself, as
 * `message` and `fix`).
 *
 * @param issue - An issue, e.g. from `IncidentError.issues`.
 * @param lang - `"en"` (the default) or `"fr"`.
 * @returns The message and the fix.
 * @throws RangeError when there is no wording in `lang`.
 *
 * @example
 * issueText({ code: "unknown-reference", path: ["claims", 0, "source"], params: { what: "source", name: "nobdy", suggestion: "nobody", known: ["nobody"], knownCount: 1 }, message: "", fix: "" }, "fr").message
 * //=> "source inconnue « nobdy » — vouliez-vous dire « nobody » ?"
 */
export function issueText(issue: Pick<Issue, "code" | "params">, lang: IssueLanguage = "en"): IssueText {
  return wordingFor(lang).issues[issue.code](issue.params as never);
}

/** The table of a language, or a RangeError naming the languages there are. */
export function wordingFor(lang: string): IssueWording {
  if (Object.hasOwn(ISSUE_WORDING, lang)) return ISSUE_WORDING[lang as IssueLanguage];
  throw new RangeError(
    `no issue wording in "${lang}": use one of ${Object.keys(ISSUE_WORDING)
      .map((l) => `"${l}"`)
      .join(", ")}`,
  );
}

/** The English words of an issue, as {@link makeIssue} puts them on it. */
export function englishText<C extends keyof IssueParams>(code: C, params: IssueParams[C]): IssueText {
  return enIssues.issues[code](params);
}
