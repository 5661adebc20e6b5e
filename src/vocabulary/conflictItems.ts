import type { ItemDefinition } from "./vocabulary.js";

/**
 * The things the `conflict` vocabulary counts as seized, destroyed or
 * looted, each with the names claims give it in English and French,
 * singular and plural. A name folds as {@link normalizeName} folds it, so
 * "Pick-ups", "pick ups" and « véhicules » need no entry of their own
 * beyond their letters. A pick-up, a truck or an armoured vehicle is
 * counted under `vehicles`, as the drafter reads them; a vehicle-borne IED
 * is a weapon (`vbieds`), not a vehicle.
 *
 * @example
 * CONFLICT_ITEMS.vehicles.aliases.includes("véhicules")
 * //=> true
 */
export const CONFLICT_ITEMS = {
  vehicles: items(
    "vehicle, car, cars, pick-up, pick-ups, pickup, pickups, pickup truck, pickup trucks, truck, trucks, lorry, lorries, technical, technicals, armoured vehicle, armoured vehicles, armored vehicle, armored vehicles, combat vehicle, combat vehicles, fuel truck, fuel trucks, tanker, tankers, water tanker, water tankers, 4x4, véhicule, véhicules, voiture, voitures, camion, camions, camionnette, camionnettes, blindé, blindés, véhicule blindé, véhicules blindés, camion-citerne, camions-citernes",
  ),
  motorcycles: items("motorcycle, motorbike, motorbikes, moto, motos, motocyclette, motocyclettes"),
  weapons: items("weapon, arms, rifle, rifles, gun, guns, arme, armes, fusil, fusils, kalachnikov, kalachnikovs"),
  ammunition: items("ammo, munition, munitions, cartouches, rounds"),
  equipment: items("military equipment, matériel, matériel militaire, équipement, équipements"),
  tanks: items("tank, battle tank, battle tanks, char, chars, char de combat, chars de combat"),
  drones: items("drone, uav, uavs"),
  aircraft: items("plane, planes, helicopter, helicopters, jet, jets, avion, avions, hélicoptère, hélicoptères, aéronef, aéronefs"),
  boats: items("boat, canoe, canoes, pirogue, pirogues, bateau, bateaux, embarcation, embarcations"),
  camps: items(
    "camp, base, bases, military base, military bases, military camp, military camps, post, posts, outpost, outposts, barracks, caserne, casernes, camp militaire, camps militaires, poste, postes, emprise, emprises",
  ),
  depots: items("depot, logistics depot, logistics depots, warehouse, warehouses, dépôt, dépôts, dépôt logistique, dépôts logistiques, entrepôt, entrepôts"),
  houses: items("house, home, homes, hut, huts, dwelling, dwellings, maison, maisons, habitation, habitations, case, cases"),
  shops: items("shop, store, stores, boutique, boutiques, commerce, commerces, market stall, market stalls"),
  schools: items("school, classroom, classrooms, école, écoles, salle de classe, salles de classe"),
  buildings: items("building, bâtiment, bâtiments"),
  // « incendié trois villages », "torched two hamlets": whole settlements burnt, counted apart from their houses.
  villages: items("village, hamlet, hamlets, hameau, hameaux"),
  granaries: items("granary, grenier, greniers"),
  food: items("food supplies, provisions, vivres, nourriture"),
  livestock: items(
    "cattle, cow, cows, goat, goats, sheep, camel, camels, head of cattle, bétail, cheptel, vache, vaches, boeuf, boeufs, chèvre, chèvres, mouton, moutons, chameau, chameaux, têtes de bétail",
  ),
  "fuel-tanks": items(
    "fuel tank, fuel tanks, storage tank, storage tanks, oil tank, oil tanks, réservoir, réservoirs, réservoir de carburant, réservoirs de carburant, cuve, cuves, citerne, citernes",
  ),
  vbieds: items("vbied, vehicle-borne ied, vehicle-borne ieds, car bomb, car bombs, véhicule piégé, véhicules piégés, voiture piégée, voitures piégées"),
  ieds: items(
    "ied, improvised explosive device, improvised explosive devices, mine, mines, landmine, landmines, engin explosif, engins explosifs, engin explosif improvisé, engins explosifs improvisés",
  ),
} satisfies Record<string, ItemDefinition & { aliases: string[] }>;

/**
 * The French label of each item of {@link CONFLICT_ITEMS}, for French notes
 * and reports.
 *
 * @example
 * CONFLICT_ITEM_LABELS_FR.vehicles
 * //=> "véhicules"
 */
export const CONFLICT_ITEM_LABELS_FR: Readonly<Record<keyof typeof CONFLICT_ITEMS, string>> = {
  vehicles: "véhicules",
  motorcycles: "motos",
  weapons: "armes",
  ammunition: "munitions",
  equipment: "matériel",
  tanks: "chars",
  drones: "drones",
  aircraft: "aéronefs",
  boats: "embarcations",
  camps: "camps",
  depots: "dépôts",
  houses: "habitations",
  shops: "commerces",
  schools: "écoles",
  buildings: "bâtiments",
  villages: "villages",
  granaries: "greniers",
  food: "vivres",
  livestock: "bétail",
  "fuel-tanks": "réservoirs de carburant",
  vbieds: "véhicules piégés",
  ieds: "engins explosifs improvisés",
};

function items(aliases: string): { aliases: string[] } {
  return { aliases: aliases.split(",").map((alias) => alias.trim()) };
}
