/**
 * contested — hold each incident as a set of attributed claims and show where
 * the accounts agree, where they differ, and where they cannot all be true,
 * without ever picking a winner.
 *
 * @packageDocumentation
 */
export { reconcile, type ReconcileOptions } from "./facade/reconcile.js";
export type {
  Agreement,
  AgreementData,
  ClaimProvenance,
  Findings,
  Flag,
  FlagData,
  ProvenanceData,
  Position,
  Question,
  QuestionStatus,
  Reconciliation,
  SourceHistory,
} from "./reconcile/reconciliation.js";
export { independent } from "./provenance/claimProvenance.js";
export {
  toProvJson,
  CONTESTED_TERMS,
  type ProvJson,
  type ProvJsonOptions,
  type ProvRecord,
  type ProvValue,
} from "./provenance/provJson.js";
export { readings } from "./facade/readings.js";
export type {
  Readings,
  ReadingsOptions,
  ReadingComponent,
  Alternative,
  Holding,
  Account,
} from "./readings/readings.js";
export { FLAG_SEVERITY, type FlagKind, type Severity } from "./reconcile/flagKinds.js";
export { parseIncident, safeParseIncident, parsedWith, type ParseOptions, type SafeParseResult } from "./parse/parseIncident.js";
export { MAX_DEPTH } from "./model/copyData.js";
export { ContestedError, IncidentError, VocabularyError } from "./errors/contestedError.js";
export { formatIssue, formatIssueIn, type Issue, type IssueOf } from "./errors/issue.js";
export { formatPath, type IssuePath } from "./errors/issuePath.js";
export { issueText, ISSUE_WORDING, type IssueLanguage } from "./errors/issueText.js";
export type { IssueText } from "./errors/wording/issueWording.js";
export {
  VALUE_RULES,
  type IssueCode,
  type IssueParams,
  type BrokenRule,
  type Expected,
  type JsonType,
  type Linked,
  type Received,
  type Referenced,
  type ValueRule,
} from "./errors/issueParams.js";
export type { PhraseProblem } from "./lexicon/phraseCount.js";
export { IncidentSchema, type Incident } from "./model/incident.js";
export type { IncidentInput, ClaimInput, ConflictIncidentInput } from "./vocabulary/incidentInput.js";
export type { ConflictFacet, ConflictFacetKinds, ConflictValues, ConflictOpenFacet, ConflictGroup, ConflictItem } from "./vocabulary/conflictTypes.js";
export { vocabularyReference } from "./vocabulary/vocabularyReference.js";
export { ActorSchema, type Actor } from "./model/actor.js";
export { PlaceSchema, type Place } from "./model/place.js";
export { SourceSchema, SourceKindSchema, type Source, type SourceKind } from "./model/source.js";
export { ClaimSchema, ClaimValueSchema, HedgeSchema, type Claim, type ClaimValue, type Hedge } from "./model/claim.js";
export { AboutSchema, SCOPE_FIELDS, type About, type ScopeField } from "./model/scope.js";
export { normalizeName } from "./model/normalizeName.js";
export { QuantityValueSchema, QuantityObjectSchema, type QuantityValue, type QuantityObject } from "./values/quantityValue.js";
export { quantityReading, type QuantityReading } from "./kinds/quantity.js";
export type { QuantityFigure } from "./values/figureInterval.js";
export { parseQuantity, type ParsedQuantity } from "./lexicon/parseQuantity.js";
export { readPhrase, type PhraseReading, type PhraseCandidate } from "./lexicon/readPhrase.js";
export { LEXICON_LANGUAGES, type LexiconLanguage } from "./lexicon/language.js";
export { TimeValueSchema, type TimeValue } from "./values/timeValue.js";
export { timeInterval } from "./values/timeInterval.js";
export { ValueKindSchema, type ValueKind } from "./values/valueKind.js";
export type { Interval } from "./values/interval.js";
export { questionKey } from "./reconcile/questionKey.js";
export { defineVocabulary, VocabularySchema, FacetDefinitionSchema, type Vocabulary, type FacetDefinition } from "./vocabulary/vocabulary.js";
export { conflict } from "./vocabulary/conflict.js";
export {
  editIncident,
  editIncidentWithPatches,
  addClaims,
  addClaimsWithPatches,
  removeClaims,
  removeClaimsWithPatches,
  applyIncidentPatches,
  type EditResult,
} from "./edit/editIncident.js";
export { incidentJsonSchema, type JsonSchemaOptions } from "./jsonSchema.js";
export { formatReport, formatReports, REPORT_FORMATS, type ReportFormat, type ReportOptions } from "./report/formatReport.js";
export { JUPYTER_DISPLAY, INSPECT, type Displayable } from "./display/display.js";
export { toRows, type Row } from "./report/toRows.js";
export { MESSAGES, type MessageLanguage } from "./messages/languages.js";
export type { Messages } from "./messages/messages.js";
export { VocabularyLabelsSchema, type VocabularyLabels } from "./vocabulary/vocabulary.js";
export type { Patch } from "immer";
export {
  draftIncident,
  type DraftOptions,
  type IncidentDraft,
  type DraftClaim,
  type Evidence,
} from "./draft/draftIncident.js";
export type { DraftActor, DraftPlace, DraftSource } from "./draft/draftBook.js";
export { formatDraft } from "./draft/formatDraft.js";
export { splitSentences, type Sentence } from "./draft/splitSentences.js";
export { readDates, type DateMention, type ReadDatesOptions } from "./lexicon/readDates.js";
export { ItemSchema, type Item } from "./model/item.js";
export { ItemDefinitionSchema, type ItemDefinition } from "./vocabulary/vocabulary.js";
export { claimsToRows, type ClaimsToRowsOptions } from "./sheet/claimsToRows.js";
export { rowsToIncident, type RowsToIncidentOptions, type SheetImport, type SheetRowInput } from "./sheet/rowsToIncident.js";
export type { CreatedEntry } from "./sheet/readSheet.js";
export type { DateForm, DateOrder, SheetDate } from "./sheet/sheetDate.js";
export { toCsv, type ToCsvOptions, type CsvSeparator } from "./sheet/toCsv.js";
export { readValueCell, writeValueCell, type ValueCellOptions } from "./sheet/valueCell.js";
export { fromCsv, type FromCsvOptions } from "./sheet/fromCsv.js";
export {
  formatSheetIssue,
  type FormatSheetIssueOptions,
  type NamedEntry,
  type SheetFix,
  type SheetIssue,
  type SheetIssueCode,
  type SheetIssueParams,
} from "./sheet/sheetIssue.js";
export { SheetRowSchema, SheetRecordSchema, SHEET_COLUMNS, type SheetRow, type SheetColumn, type SheetRecord } from "./sheet/sheetRow.js";
export { columnOf, sheetHeaders } from "./sheet/sheetHeaders.js";
export { SHEET_LANGUAGES, type SheetLanguage } from "./sheet/sheetWords.js";
export { mergeIncidents, type MergeOptions, type MergeResult, type SameClaim } from "./merge/mergeIncidents.js";
export type { AlignedEntry, UnalignedEntry, IdCollision, FieldConflict, EntryList } from "./merge/alignEntries.js";
export {
  compareEncodings,
  CODED_FIELDS,
  type EncodingComparison,
  type ClaimPair,
  type FieldDifference,
  type FacetAgreement,
  type CodedField,
} from "./compare/compareEncodings.js";
export { formatComparison, type ComparisonReportOptions } from "./report/formatComparison.js";
export {
  diffReconciliations,
  type ReconciliationDiff,
  type DiffInput,
  type ChangedFinding,
  type QuestionChange,
  type PositionSummary,
  type SourceRevision,
  type Answer,
} from "./diff/diffReconciliations.js";
