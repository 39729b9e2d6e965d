// The domain model of a Selaras document: one performance tree, the organisation
// structures aligned to it, the alignments between them, and the drawn layout.
//
// Documents are kept normalised in Maps keyed by id. Maps keep insertion order,
// which is the file order (the order the format promises to give back), and an
// id such as "__proto__" or "constructor" is an ordinary key in a Map.
// Everything is readonly: operations return a new document and never mutate.

export const NODE_KINDS = ["goal", "strategic_target", "program", "activity", "output", "condition"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Kinds that form the planning chain; `condition` is the free box of PermenPAN-RB 89/2021. */
export const LINE_KINDS = ["goal", "strategic_target", "program", "activity", "output"] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export const PERSPECTIVES = ["stakeholder", "customer", "internal_process", "learning_growth"] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const PROGRAM_TYPES = ["technical", "generic"] as const;
export type ProgramType = (typeof PROGRAM_TYPES)[number];

export const NODE_STATUSES = ["documented", "derived", "proposed", "unresolved"] as const;
export type NodeStatus = (typeof NODE_STATUSES)[number];

export const POLARITIES = ["maximize", "minimize", "stabilize"] as const;
export type Polarity = (typeof POLARITIES)[number];

export const FREQUENCIES = ["quarterly", "semester", "annual"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const UNIT_TIERS = [
  "minister",
  "echelon_1",
  "echelon_2",
  "echelon_3",
  "echelon_4",
  "technical_unit",
  "functional_group",
  "expert_staff",
] as const;
export type UnitTier = (typeof UNIT_TIERS)[number];

export const UNIT_KINDS = ["substantive", "support", "oversight", "staff"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const RETENTION_REASONS = [
  "authorisation",
  "territorial",
  "technical_unit_head",
  "procurement",
] as const;
export type RetentionReason = (typeof RETENTION_REASONS)[number];

export const STRUCTURE_ROLES = ["existing", "proposed"] as const;
export type StructureRole = (typeof STRUCTURE_ROLES)[number];

export const ALIGNMENT_ROLES = ["primary", "contributor", "data_provider"] as const;
export type AlignmentRole = (typeof ALIGNMENT_ROLES)[number];

export type Id = string;

/** A number, or a short text for a qualitative target such as "WTP". */
export type TargetValue = number | string;

export interface Baseline {
  readonly year: number;
  readonly value: TargetValue;
}

export interface Indicator {
  readonly id: Id;
  readonly code?: string;
  readonly name: string;
  readonly unit?: string;
  readonly polarity?: Polarity;
  /** A key performance indicator (IKU). */
  readonly key?: boolean;
  readonly baseline?: Baseline;
  /** Year ("2024") to target. Year keys are digits only, so a plain object is safe here. */
  readonly targets?: Readonly<Record<string, TargetValue>>;
  readonly definition?: string;
  readonly formula?: string;
  readonly dataSource?: string;
  readonly frequency?: Frequency;
}

export interface PlanNode {
  readonly id: Id;
  readonly kind: NodeKind;
  readonly parentId: Id | null;
  /** Position among siblings; siblings sort by it, then by document order. */
  readonly order?: number;
  readonly code?: string;
  readonly name: string;
  /** The target statement (Sasaran Program / Sasaran Kegiatan) of a program or activity. */
  readonly statement?: string;
  readonly perspective?: Perspective;
  readonly programType?: ProgramType;
  readonly status?: NodeStatus;
  readonly source?: string;
  readonly notes?: string;
  readonly indicators?: readonly Indicator[];
}

export interface ContributeLink {
  readonly id: Id;
  readonly from: Id;
  readonly to: Id;
  readonly type: "contributes";
  readonly notes?: string;
}

export interface Unit {
  readonly id: Id;
  readonly parentId: Id | null;
  readonly order?: number;
  readonly name: string;
  readonly shortName?: string;
  readonly tier: UnitTier;
  readonly kind?: UnitKind;
  readonly retentionReason?: RetentionReason;
  readonly headcount?: number;
  readonly notes?: string;
}

export interface Structure {
  readonly id: Id;
  readonly name: string;
  readonly role: StructureRole;
  readonly basis?: string;
  readonly units: ReadonlyMap<Id, Unit>;
}

export interface Alignment {
  readonly id: Id;
  readonly structureId: Id;
  readonly unitId: Id;
  readonly nodeId: Id;
  readonly indicatorId?: Id;
  readonly role: AlignmentRole;
  readonly notes?: string;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Layout {
  /** Node positions the user placed by hand. */
  readonly nodes: ReadonlyMap<Id, Point>;
  /** Per structure id, per unit id. */
  readonly units: ReadonlyMap<Id, ReadonlyMap<Id, Point>>;
}

export interface Period {
  readonly start: number;
  readonly end: number;
}

export interface DocumentMeta {
  readonly title: string;
  readonly organization?: string;
  readonly period: Period;
  readonly language?: "id" | "en";
  readonly notes?: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

export interface PlanDocument {
  readonly meta: DocumentMeta;
  readonly nodes: ReadonlyMap<Id, PlanNode>;
  readonly links: ReadonlyMap<Id, ContributeLink>;
  readonly structures: ReadonlyMap<Id, Structure>;
  readonly alignments: ReadonlyMap<Id, Alignment>;
  readonly layout: Layout;
  /** Free-form view state of the writing application, kept as read (JSON data). */
  readonly view?: Readonly<Record<string, unknown>>;
}

export function isLineKind(kind: NodeKind): kind is LineKind {
  return kind !== "condition";
}
