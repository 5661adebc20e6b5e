import type { Command } from "./command.js";
import { compare } from "./commands/compare.js";
import { diff } from "./commands/diff.js";
import { draft } from "./commands/draft.js";
import { exportSheet } from "./commands/export.js";
import { importSheet } from "./commands/import.js";
import { merge } from "./commands/merge.js";
import { reconcile } from "./commands/reconcile.js";
import { schema } from "./commands/schema.js";
import { validate } from "./commands/validate.js";

/**
 * The commands of `contested`, in the order help lists them. A new command
 * is a module under `commands/` that exports a {@link Command} (see
 * `defineCommand`), added here: dispatch, option checking, "did you mean"
 * and help all read this table.
 */
export const COMMANDS: readonly Command[] = [reconcile, validate, draft, importSheet, exportSheet, merge, compare, diff, schema];
