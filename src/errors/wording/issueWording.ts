import type { IssueCode, IssueParams } from "../issueParams.js";

/** An issue in words: what is wrong, and what to do about it. */
export interface IssueText {
  readonly message: string;
  readonly fix: string;
}

/**
 * The words of one language for every issue: a function per code from the
 * issue's params to its message and fix, and how an issue is written on one
 * line. The table is typed per code, so a code added to {@link IssueParams}
 * does not compile until every language words it.
 */
export interface IssueWording {
  readonly lang: string;
  readonly issues: { readonly [C in IssueCode]: (params: IssueParams[C]) => IssueText };
  /** One issue on one line, from its written path and its words: `claims[0].source: unknown source "x". Fix: …`. */
  readonly line: (path: string, text: IssueText) => string;
}

/** Ends a message with a full stop unless it already ends a sentence. */
export function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/**
 * A function over a union, built from one function per case of its `key`
 * field, so that a case added to the union does not compile until the
 * table words it.
 */
export function cases<U extends { readonly [P in K]: string }, K extends keyof U, R>(
  key: K,
  table: { readonly [V in U[K] & string]: (value: Extract<U, { readonly [P in K]: V }>) => R },
): (value: U) => R {
  return (value) => (table[value[key] as U[K] & string] as (value: U) => R)(value);
}
