import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { IncidentError, toProvJson } from "../src/index.js";
import { claims, shuffle } from "./fixtures/arbitraries.js";
import { incidentWith } from "./fixtures/build.js";

const seed = JSON.parse(readFileSync(join(import.meta.dirname, "..", "seeds", "niafunke-goundam-2023-11-24.json"), "utf8")) as unknown;
const prov = toProvJson(seed);
const qualified = (q: string) => ({ $: q, type: "prov:QUALIFIED_NAME" });
const relations = (records: Record<string, Record<string, unknown>>) => Object.values(records);

describe("PROV-JSON export", () => {
  it("makes each claim an entity attributed to its source, with its question, value, hedge, date and quote in its language", () => {
    expect(prov.entity["claim:jnim-took-camp"]).toEqual({
      "prov:type": qualified("contested:Claim"),
      "prov:label": "jnim-took-camp",
      "contested:question": "control|place=niafunke-camp",
      "contested:value": '"captured"',
      "contested:hedge": "claimed",
      "contested:said": "2023-11-25",
      "contested:quote": { $: "pris le contrôle du camp", lang: "fr" },
    });
    expect(relations(prov.wasAttributedTo)).toContainEqual({ "prov:entity": "claim:jnim-took-camp", "prov:agent": "source:jnim-statement" });
  });

  it("makes each relay of via a report quoted from the hop before it and attributed to the relay", () => {
    expect(relations(prov.wasDerivedFrom)).toContainEqual({
      "prov:generatedEntity": "report:jnim-took-camp/rfi",
      "prov:usedEntity": "claim:jnim-took-camp",
      "prov:type": qualified("prov:Quotation"),
    });
    expect(relations(prov.wasAttributedTo)).toContainEqual({ "prov:entity": "report:jnim-took-camp/rfi", "prov:agent": "source:rfi" });
  });

  it("derives a claim from the claims it is based on", () => {
    expect(relations(prov.wasDerivedFrom)).toContainEqual({ "prov:generatedEntity": "claim:nasr-drone-video", "prov:usedEntity": "claim:jnim-niafunke-means" });
  });

  it("makes sources and the actors parties speak for agents, each party acting on behalf of its side", () => {
    expect(prov.agent["source:em"]).toEqual({
      "prov:type": qualified("contested:Source"),
      "prov:label": "État-major général des Armées",
      "contested:kind": "party",
    });
    expect(prov.agent["actor:fama"]).toEqual({ "prov:type": qualified("contested:Actor"), "prov:label": "Forces armées maliennes", "contested:kind": "state" });
    expect(relations(prov.actedOnBehalfOf)).toEqual([
      { "prov:delegate": "source:em", "prov:responsible": "actor:fama" },
      { "prov:delegate": "source:jnim-statement", "prov:responsible": "actor:jnim" },
    ]);
  });

  it("names everything under the incident's namespace, or the one given", () => {
    expect(prov.prefix.claim).toBe("urn:contested:niafunke-goundam-2023-11-24:claim/");
    expect(toProvJson(seed, { namespace: "https://example.org/mali/" }).prefix.source).toBe("https://example.org/mali/source/");
  });

  it("percent-encodes ids PROV-N would not take as names", () => {
    const odd = toProvJson(incidentWith([{ id: "-it's (odd)", source: "rfi", about: { facet: "occurred" }, value: "2023-11-24" }]));
    expect(Object.keys(odd.entity)).toEqual(["claim:%2Dit%27s%20%28odd%29"]);
  });

  /** PROV-N's PN_LOCAL, for the ASCII names the export writes: no leading "-" or ".", no trailing ".". */
  const PN_LOCAL = /^(?:[A-Za-z0-9_/@~&+*?#$!]|%[0-9A-F]{2})(?:(?:[A-Za-z0-9_\-./@~&+*?#$!]|%[0-9A-F]{2})*(?:[A-Za-z0-9_\-/@~&+*?#$!]|%[0-9A-F]{2}))?$/;
  const localNames = (doc: ReturnType<typeof toProvJson>) =>
    [...Object.keys(doc.entity), ...Object.keys(doc.agent)].flatMap((q) => q.slice(q.indexOf(":") + 1).split("/"));
  const withIds = (claimId: string, sourceId: string) =>
    incidentWith([{ id: claimId, source: sourceId, via: ["rfi"], about: { facet: "occurred" }, value: "2023-11-24" }], {
      sources: [
        { id: sourceId, name: "Odd", kind: "media" },
        { id: "rfi", name: "RFI", kind: "media" },
      ],
    });

  it("writes an id ending in a dot as a name PROV-N takes", () => {
    const doc = toProvJson(withIds("a.b.", "src."));
    expect(Object.keys(doc.entity)).toContain("claim:a.b%2E");
    expect(Object.keys(doc.agent)).toContain("source:src%2E");
    for (const local of localNames(doc)) expect(local).toMatch(PN_LOCAL);
  });

  it("never meets an id holding a lone surrogate: the parser refuses it at its path, as text no report can write", () => {
    expect(() => toProvJson(withIds("s\ud800", "t\udc00"))).toThrow(IncidentError);
    try {
      toProvJson(withIds("s\ud800", "t"));
    } catch (error) {
      expect((error as IncidentError).issues.map((i) => [i.path, i.code])).toEqual([[["claims", 0, "id"], "malformed-text"]]);
    }
  });

  test.prop([fc.string({ minLength: 1, unit: "binary" }), fc.string({ minLength: 1, unit: "binary" })])(
    "writes every pair of ids the parser accepts as valid, distinct PROV-N names",
    (claimId, sourceId) => {
      fc.pre(sourceId !== "rfi");
      const doc = toProvJson(withIds(claimId, sourceId));
      for (const local of localNames(doc)) expect(local).toMatch(PN_LOCAL);
      expect(Object.keys(doc.entity)).toHaveLength(2);
    },
  );

  it("refuses an invalid incident with the same error as parsing", () => {
    expect(() => toProvJson({ contested: 1, id: "x", claims: [{ id: "c", source: "nobody" }] })).toThrow(IncidentError);
  });

  test.prop([claims, fc.infiniteStream(fc.nat())])("is the same whatever the order of the claims", (list, randomness) => {
    expect(toProvJson(incidentWith(shuffle(list, randomness) as never))).toEqual(toProvJson(incidentWith(list as never)));
  });

  const python = "/usr/bin/python3";
  /** Starting Python may take seconds on a loaded machine: the test is about what it reads, not how fast. */
  const PROCESS_TIMEOUT = 120_000;
  const hasProv = spawnSync(python, ["-c", "import prov"]).status === 0;
  it.skipIf(!hasProv)(
    "reads back in the prov Python package (Debian's python3-prov) as the same statements",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "contested-prov-"));
      writeFileSync(join(dir, "seed.json"), JSON.stringify(prov));
      const provn = execFileSync(
        python,
        [
          "-c",
          "import sys\nfrom prov.model import ProvDocument\nprint(ProvDocument.deserialize(sys.argv[1], format='json').get_provn())",
          join(dir, "seed.json"),
        ],
        { encoding: "utf8" },
      );
      expect(provn).toContain("wasAttributedTo(claim:jnim-took-camp, source:jnim-statement)");
      expect(provn).toContain("wasDerivedFrom(report:jnim-took-camp/rfi, claim:jnim-took-camp, -, -, -, [prov:type='prov:Quotation'])");
      expect(provn).toContain("wasDerivedFrom(claim:nasr-drone-video, claim:jnim-niafunke-means, -, -, -)");
      expect(provn).toContain("actedOnBehalfOf(source:em, actor:fama, -)");
      expect(provn.match(/^\s*entity\(claim:/gm)).toHaveLength(18);
    },
    PROCESS_TIMEOUT,
  );

  it.skipIf(!hasProv)(
    "writes names the prov Python package reads back and prints as PROV-N, even from odd ids",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "contested-prov-"));
      writeFileSync(join(dir, "odd.json"), JSON.stringify(toProvJson(withIds("a.b.", "-it's (odd)"))));
      const provn = execFileSync(
        python,
        [
          "-c",
          "import sys\nfrom prov.model import ProvDocument\nprint(ProvDocument.deserialize(sys.argv[1], format='json').get_provn())",
          join(dir, "odd.json"),
        ],
        { encoding: "utf8" },
      );
      expect(provn).toContain("wasAttributedTo(claim:a.b%2E, source:%2Dit%27s%20%28odd%29)");
    },
    PROCESS_TIMEOUT,
  );
});
