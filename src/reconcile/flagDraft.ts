import type { FlagKind } from "./flagKinds.js";
import type { ClaimEntry, PositionEntry, QuestionEntry } from "./questions.js";

/**
 * One side of a finding: claims holding one position of one question — or,
 * for the wholes a part's figure exceeds, several positions of several
 * questions, named in `questions` (`question` and `position` are then the
 * first of them).
 */
export interface Side {
  readonly question: QuestionEntry;
  readonly position: PositionEntry;
  readonly entries: readonly ClaimEntry[];
  /** Every question the side's claims answer, when they are more than `question`. */
  readonly questions?: readonly QuestionEntry[];
}

/**
 * A finding before it is worded: the engine's passes produce these, and the
 * message layer turns each into a {@link Flag} with its note.
 */
export interface FlagDraft {
  readonly kind: FlagKind;
  /** The question the finding is about; for part and whole, the part. */
  readonly question: QuestionEntry;
  readonly sides: readonly Side[];
  /** For `self`: the contradiction the source makes with itself. */
  readonly basis?: FlagKind;
  /** For `revised`: the `said` dates of the two sides. */
  readonly said?: readonly [string, string];
}
