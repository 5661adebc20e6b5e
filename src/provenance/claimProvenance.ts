import type { ClaimProvenance } from "../reconcile/reconciliation.js";
import type { IncidentIndex } from "../resolve/incidentIndex.js";
import { compareText } from "../reconcile/questions.js";

/**
 * The provenance of every claim of an incident, sorted by claim id: its
 * source, relays, bases and origins, with the source's words exactly as
 * given. The chain in words is added by the message layer.
 *
 * @param questionOf - The key of the question each claim answers.
 */
export function claimProvenance(index: IncidentIndex, questionOf: (claimId: string) => string): Omit<ClaimProvenance, "chain">[] {
  return [...index.incident.claims]
    .sort((a, b) => compareText(a.id, b.id))
    .map((claim) => {
      const lang = claim.lang ?? index.incident.lang;
      return {
        claim: claim.id,
        question: questionOf(claim.id),
        source: claim.source,
        via: claim.via ?? [],
        basedOn: claim.basedOn ?? [],
        origins: index.origins(claim.id),
        ...(claim.said !== undefined ? { said: claim.said } : {}),
        hedge: claim.hedge ?? "asserted",
        ...(claim.quote !== undefined ? { quote: claim.quote } : {}),
        ...(claim.quote !== undefined && lang !== undefined ? { lang } : {}),
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
