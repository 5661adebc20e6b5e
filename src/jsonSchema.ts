import * as z from "zod";
import { IncidentSchema } from "./model/incident.js";

/**
 * The JSON Schema (draft 2020-12) of the incident document, format 1,
 * generated from the zod schemas, for tools written in other languages. It
 * describes the document's shape; the cross-reference checks of
 * {@link parseIncident} (ids, references, values against the vocabulary)
 * are beyond what a JSON Schema can say.
 *
 * @returns A fresh JSON Schema object on each call.
 *
 * @example
 * incidentJsonSchema().properties.contested
 * //=> { type: "number", const: 1 }
 */
export function incidentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(IncidentSchema, { io: "input", unrepresentable: "any" }),
    $id: "https://www.npmjs.com/package/contested#format-1",
    title: "contested incident document, format 1",
  };
}
