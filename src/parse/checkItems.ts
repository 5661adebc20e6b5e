import { makeIssue } from "../errors/contestedError.js";
import { didYouMean } from "../errors/didYouMean.js";
import type { Issue } from "../errors/issue.js";
import type { Incident } from "../model/incident.js";
import { normalizeName } from "../model/normalizeName.js";
import type { IncidentIndex } from "../resolve/incidentIndex.js";

/**
 * The problems of an incident's items: its own `items` have unique ids and
 * no name that two of them share, and, once the incident or its vocabulary
 * declares any item, every claim's `item` names one of them (by id, name or
 * alias), with a "did you mean" for a close name — as for places. When
 * nothing declares items, `item` is free text and is not checked.
 *
 * @example
 * itemIssues(incidentCounting("vehicules"), indexIncident(incident, conflict))
 * //=> []
 * itemIssues(incidentCounting("vehicels"), indexIncident(incident, conflict))[0].message
 * //=> 'unknown item "vehicels" — did you mean "vehicles"?'
 */
export function itemIssues(incident: Incident, index: IncidentIndex): Issue[] {
  const issues: Issue[] = [];
  const first = new Map<string, number>();
  const owner = new Map<string, string>();
  (incident.items ?? []).forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen !== undefined) issues.push(makeIssue("duplicate-id", ["items", i, "id"], { what: "item", id: item.id, first: ["items", seen] }));
    else first.set(item.id, i);
    const names: [string, Issue["path"]][] = [
      [item.id, ["items", i, "id"]],
      [item.name, ["items", i, "name"]],
      ...(item.aliases ?? []).map((a, j): [string, Issue["path"]] => [a, ["items", i, "aliases", j]]),
    ];
    for (const [name, path] of names) {
      const other = owner.get(normalizeName(name));
      if (other !== undefined && other !== item.id) issues.push(makeIssue("ambiguous-name", path, { what: "item", name, owner: other }));
      else owner.set(normalizeName(name), item.id);
    }
  });
  if (!index.items.declared) return issues;
  incident.claims.forEach((claim, i) => {
    const item = claim.about.item;
    if (item === undefined || index.items.itemId(item) !== undefined) return;
    const known = index.items.known();
    // An item's id is the better suggestion when one of its aliases is as close.
    const suggestion =
      didYouMean(
        item,
        known.filter((name) => index.items.itemId(name) === name),
      ) ?? didYouMean(item, known);
    issues.push(
      makeIssue("unknown-reference", ["claims", i, "about", "item"], {
        what: "item",
        name: item,
        suggestion,
        known: known.slice(0, 10),
        knownCount: known.length,
      }),
    );
  });
  return issues;
}
