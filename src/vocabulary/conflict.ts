import { CONFLICT_ITEM_LABELS_FR, CONFLICT_ITEMS } from "./conflictItems.js";
import { defineVocabulary, type Vocabulary } from "./vocabulary.js";

/**
 * The built-in vocabulary for armed conflict (DESIGN §2): when and where an
 * incident happened, who did it, by what means, who held the ground, and the
 * human and material tolls.
 *
 * - `control`: `captured` excludes `held` and `repelled`; `withdrew` and
 *   `retaken` can follow a capture, so they exclude nothing.
 * - `killed`, `wounded`, `captured-persons` and `missing` are parts of
 *   `neutralized`: « neutralisés » covers them all, so it is not the same
 *   count as « tués », but a part can never exceed it.
 * - `status` is how a source labels the dead: `civilians` excludes
 *   `combatants` (and its narrower `soldiers`).
 * - `means` is an open set: the listed names are the common ones, others are
 *   accepted.
 * - groups of people: `soldiers` ⊂ `combatants` ⊂ `persons`,
 *   `civilians` ⊂ `persons`; `children` ⊂ `persons` and `women` ⊂
 *   `persons`, told apart as the parts of a toll sources give (« dont cinq
 *   enfants »), and never taken for civilians: no source's word makes every
 *   child or woman killed a civilian, so a count of them is compared with
 *   the dead of all kinds, not with the civilians.
 * - items: the things counted as seized, destroyed or looted (`vehicles`,
 *   `weapons`, `ammunition`, `motorcycles`, `camps`, `depots`, `houses`, …),
 *   each with its English and French names ({@link CONFLICT_ITEMS}); an
 *   item it does not know is an error unless the incident declares it.
 * - labels: the French words for facets, values and groups, for French
 *   notes and reports (English shows the names as they are).
 *
 * @example
 * conflict.facets.control.exclusive
 * //=> [["captured", "held"], ["captured", "repelled"]]
 */
export const conflict: Vocabulary = defineVocabulary({
  name: "conflict",
  description: "Attacks, battles and their tolls.",
  facets: {
    occurred: { kind: "time", description: "when the incident happened" },
    location: { kind: "place", description: "where it happened" },
    perpetrator: { kind: "actor", description: "who carried it out" },
    target: { kind: "text", description: "what was attacked" },
    means: {
      kind: "set",
      description: "how it was carried out",
      open: true,
      values: ["vbied", "suicide-attack", "shelling", "mortar", "rocket", "heavy-weapons", "small-arms", "airstrike", "drone", "ied", "ambush", "arson"],
    },
    control: {
      kind: "category",
      description: "who held the ground afterwards",
      values: ["captured", "held", "repelled", "withdrew", "retaken"],
      exclusive: [
        ["captured", "held"],
        ["captured", "repelled"],
      ],
    },
    killed: { kind: "quantity", description: "people killed", partOf: ["neutralized"] },
    wounded: { kind: "quantity", description: "people wounded", partOf: ["neutralized"] },
    "captured-persons": { kind: "quantity", description: "people taken prisoner", partOf: ["neutralized"] },
    missing: { kind: "quantity", description: "people missing", partOf: ["neutralized"] },
    neutralized: { kind: "quantity", description: "killed, wounded and captured together" },
    status: {
      kind: "category",
      description: "how the people killed are labelled",
      values: ["civilians", "combatants", "soldiers"],
      exclusive: [
        ["civilians", "combatants"],
        ["civilians", "soldiers"],
      ],
    },
    seized: { kind: "quantity", description: "items seized, of `item`" },
    destroyed: { kind: "quantity", description: "items destroyed, of `item`" },
    looted: { kind: "quantity", description: "items looted, of `item`" },
    motive: { kind: "text", description: "why, as a source puts it" },
  },
  groups: {
    soldiers: ["combatants"],
    combatants: ["persons"],
    civilians: ["persons"],
    children: ["persons"],
    women: ["persons"],
  },
  items: CONFLICT_ITEMS,
  labels: {
    fr: {
      facets: {
        occurred: "date",
        location: "lieu",
        perpetrator: "auteur",
        target: "cible",
        means: "moyens",
        control: "contrôle",
        killed: "tués",
        wounded: "blessés",
        "captured-persons": "prisonniers",
        missing: "disparus",
        neutralized: "neutralisés",
        status: "statut des tués",
        seized: "saisis",
        destroyed: "détruits",
        looted: "pillés",
        motive: "motif",
      },
      values: {
        captured: "pris",
        held: "tenu",
        repelled: "repoussé",
        withdrew: "retrait",
        retaken: "repris",
        civilians: "civils",
        combatants: "combattants",
        soldiers: "soldats",
        vbied: "véhicule piégé",
        "suicide-attack": "attaque kamikaze",
        shelling: "tirs d'obus",
        mortar: "mortier",
        rocket: "roquettes",
        "heavy-weapons": "armes lourdes",
        "small-arms": "armes légères",
        airstrike: "frappe aérienne",
        drone: "drone",
        ied: "engin explosif improvisé",
        ambush: "embuscade",
        arson: "incendie",
      },
      groups: { soldiers: "soldats", combatants: "combattants", civilians: "civils", persons: "personnes", children: "enfants", women: "femmes" },
      items: CONFLICT_ITEM_LABELS_FR,
    },
  },
});
