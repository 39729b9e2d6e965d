// The file format layer: schema, validation, integrity rules, migrations,
// loading and writing. See docs/format.md.

export { checkIntegrity } from "./integrity.ts";
export { describeIssue } from "./issueSentences.ts";
export {
  FORMAT_ISSUE_CODES,
  type FormatIssue,
  type FormatIssueCode,
  formatPath,
  type IssueLanguage,
  MAX_ISSUES,
} from "./issues.ts";
export { buildDocumentJsonSchema, documentJsonSchemaText } from "./json-schema.ts";
export { compileJsonSchema, matchesDocumentSchema } from "./json-schema-check.ts";
export { type LoadResult, loadDocument } from "./load.ts";
export {
  CURRENT_FORMAT_VERSION,
  type MigrationResult,
  type MigrationStep,
  type MigrationSteps,
  migrate,
  migrateWith,
  migrations,
} from "./migrations.ts";
export { DocumentSchema, type FileDocument, FORMAT_MARKER, LIMITS } from "./schema.ts";
export { type SerializeOptions, serializeDocument, toFileObject } from "./serialize.ts";
export { mapZodIssues, validateDocument } from "./validate.ts";
