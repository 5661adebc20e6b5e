import type { ChainFacts } from "../messages/en.js";
import type { ClaimProvenance } from "../reconcile/reconciliation.js";
import type { IncidentIndex } from "../resolve/incidentIndex.js";
import { compareText } from "../reconcile/questions.js";

/**
 * The provenance of every claim of an incident, sorted by claim id: its
 * source, relays, bases, origins and its chain in words.
 *
 * @param questionOf - The key of the question each claim answers.
 * @param chain - Words a chain (the message layer's sentence).
 */
export function claimProvenance(
  index: IncidentIndex,
  questionOf: (claimId: string) => string,
  chain: (facts: ChainFacts) => string,
): ClaimProvenance[] {
  const name = (sourceId: string) => index.source(sourceId)?.name ?? sourceId;
  const hop = (claimId: string) => {
    const claim = index.claim(claimId)!;
    return { source: name(claim.source), via: (claim.via ?? []).map(name) };
  };
  return [...index.incident.claims]
    .sort((a, b) => compareText(a.id, b.id))
    .map((claim) => {
      const origins = index.origins(claim.id);
      const basedOn = claim.basedOn ?? [];
      return {
        claim: claim.id,
        question: questionOf(claim.id),
        source: claim.source,
        via: claim.via ?? [],
        basedOn,
        origins,
        chain: chain({ ...hop(claim.id), bases: basedOn.map(hop), origins: origins.map(name) }),
      };
    });
}

/**
 * Whether two claims are independent: their origins differ and neither
 * derives from the other through `basedOn`, however many steps away. The
 * second condition follows from the first — a claim based on another
 * inherits every origin of it — so two claims are independent exactly when
 * they share no origin. A claim is never independent of itself, and a relay
 * never makes a claim independent: the group's statement relayed by RFI and
 * by France 24 is one origin, the group.
 *
 * @example
 * const { provenance } = reconcile(incident);
 * const of = (id: string) => provenance.find((p) => p.claim === id)!;
 * independent(of("jnim-date"), of("em-date"))
 * //=> true
 * independent(of("jnim-niafunke-means"), of("nasr-drone-video"))
 * //=> false
 */
export function independent(a: Pick<ClaimProvenance, "origins">, b: Pick<ClaimProvenance, "origins">): boolean {
  return !a.origins.some((origin) => b.origins.includes(origin));
}
