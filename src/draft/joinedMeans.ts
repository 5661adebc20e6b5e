/** The parts of a drafted claim that joining means reads. */
export interface MeansClaim {
  readonly source: string;
  readonly via?: readonly string[];
  readonly about: { readonly facet: string };
  readonly value: unknown;
  readonly not?: true;
  readonly hedge?: string;
  readonly quote: string;
  readonly evidence: { readonly start: number; readonly end: number };
}

/**
 * Joins the means one source gives in one sentence into one claim: "shooting
 * at residents and setting homes ablaze" is one account of how the attack
 * was carried out, `["small-arms", "arson"]`, as an analyst codes it, not
 * two answers to the same question that a reader would see side by side as
 * if the source had changed its mind. The joined claim keeps the first one's
 * place and id; its quote runs from the first means' words to the last's,
 * so that its evidence still holds it. Means told with another relay, hedge
 * or `not`, or about another party, stay apart.
 *
 * @param claims - One sentence's drafted claims, in the order they were drafted.
 * @param text - The article the evidence offsets point into.
 * @returns The claims with each source's means joined; the input is not changed.
 *
 * @example
 * const text = "They were shooting at residents and setting homes ablaze, he said.";
 * const claim = (value: string, words: string) => {
 *   const start = text.indexOf(words);
 *   return { source: "he", about: { facet: "means" }, value: [value], quote: words, evidence: { start, end: start + words.length } };
 * };
 * joinMeans([claim("small-arms", "shooting at"), claim("arson", "setting homes ablaze")], text)
 * //=> [{ source: "he", about: { facet: "means" }, value: ["small-arms", "arson"],
 * //      quote: "shooting at residents and setting homes ablaze", evidence: { start: 10, end: 56 } }]
 */
export function joinMeans<C extends MeansClaim>(claims: readonly C[], text: string): C[] {
  const groups = new Map<string, C[]>();
  for (const claim of claims) {
    if (claim.about.facet !== "means" || !Array.isArray(claim.value)) continue;
    const key = JSON.stringify([claim.source, claim.via ?? [], claim.about, claim.not ?? false, claim.hedge ?? ""]);
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  const joined = new Map<C, C | undefined>();
  for (const group of groups.values()) {
    const [first, ...rest] = group;
    if (first === undefined || rest.length === 0) continue;
    const start = Math.min(...group.map((c) => c.evidence.start));
    const end = Math.max(...group.map((c) => c.evidence.end));
    const ordered = [...group].sort((a, b) => a.evidence.start - b.evidence.start);
    const value = [...new Set(ordered.flatMap((c) => c.value as unknown[]))];
    joined.set(first, { ...first, value, quote: text.slice(start, end), evidence: { start, end } });
    for (const claim of rest) joined.set(claim, undefined);
  }
  if (joined.size === 0) return [...claims];
  return claims.flatMap((claim) => {
    if (!joined.has(claim)) return [claim];
    const replacement = joined.get(claim);
    return replacement === undefined ? [] : [replacement];
  });
}
