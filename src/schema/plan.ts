/**
 * The plan schema: one typed description of any Thai government agency's
 * yearly action plan, of which CODI's FY2567 plan is the first instance.
 *
 * Written with `zod/mini` so that validating in the browser costs a few KB.
 * Structural rules live here; rules that look across the plan (references,
 * sums, percentages) live in `integrity.ts`.
 *
 * Conventions:
 * - every money figure is in million baht (ล้านบาท), at most 4 decimals,
 *   as Thai budget documents print them;
 * - every id is unique across the whole plan, so a link or a selection can
 *   name any item without saying which list it is in;
 * - years are Buddhist Era (B.E.) as the documents print them;
 * - every item may say where in the source it comes from (`source`).
 */
import * as z from 'zod/mini';

const nonEmpty = z.string().check(z.regex(/\S/, 'must not be empty'));
const id = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'an id is 1-64 letters, digits, ".", "_", ":" or "-", starting with a letter or digit'),
);
const nonNegative = z.number().check(z.gte(0, 'must not be negative'));
const finite = z.number();

/** A bilingual label: Thai is required (the documents are Thai), English optional. */
export const Label = z.strictObject({
  th: nonEmpty,
  en: z.optional(nonEmpty),
});

/** Where in the source document a figure or item comes from. */
export const Provenance = z.strictObject({
  /** Section number as printed, e.g. "3.3.2". */
  section: z.optional(nonEmpty),
  /** Table or figure name as printed. */
  table: z.optional(nonEmpty),
  /** Page of the source document, when known. */
  page: z.optional(z.int().check(z.gte(1))),
  /** A short quotation that locates the figure. */
  quote: z.optional(nonEmpty),
});

/** Says a figure is sample/illustrative data, not the agency's. */
export const Illustrative = z.strictObject({
  /** Why the figure exists and where it comes from (shown on screen). */
  note: Label,
});

const common = {
  id,
  source: z.optional(Provenance),
  notes: z.optional(z.array(Label)),
};

/** How a target compares: "not less than 80 %" is `at-least`. */
export const Comparator = z.enum(['at-least', 'at-most', 'exactly']);

/** A target value with its unit, as the plan states it. */
export const Target = z.strictObject({
  value: finite,
  unit: id,
  comparator: z.optional(Comparator),
  /** Qualifier printed with the target, e.g. "ของบุคลากรที่ได้รับการพัฒนา". */
  qualifier: z.optional(Label),
  /** Where the target is printed, when it differs from its item's source. */
  source: z.optional(Provenance),
});

/** A unit the plan uses besides the built-in ones (see `src/format/units.ts`). */
export const UnitDef = z.strictObject({
  id,
  label: Label,
  kind: z.enum(['count', 'percent', 'ratio', 'money', 'score']),
  decimals: z.optional(z.int().check(z.gte(0), z.lte(6))),
});

/** A named level of the plan's hierarchy (development issue, program...). */
export const Level = z.strictObject({ id, label: Label });

/** A funding source (state budget, own revenue...). Colour follows list order. */
export const FundingSource = z.strictObject({
  id,
  label: Label,
  shortLabel: z.optional(Label),
});

/** A responsible unit (regional office, bureau). */
export const ResponsibleUnit = z.strictObject({
  ...common,
  label: Label,
  kind: z.optional(z.enum(['regional-office', 'bureau', 'agency', 'other'])),
  /** Several offices printed as one ("สนง.ภาค 5 ภาค"). */
  count: z.optional(z.int().check(z.gte(1))),
});

/** ISO 3166-2:TH province code, e.g. TH-10 (Bangkok). */
export const ProvinceCode = z.string().check(z.regex(/^TH-(?:[1-9]\d|S)$/, 'a province code is ISO 3166-2:TH, e.g. "TH-10"'));

/** A region as the plan groups provinces (CODI works through 5 regional offices). */
export const Region = z.strictObject({
  ...common,
  label: Label,
  provinces: z.array(ProvinceCode),
});

/** An indicator of a framework item, with its target as printed. */
export const Indicator = z.strictObject({
  label: Label,
  target: z.optional(Target),
});

export const AlignmentRole = z.enum(['primary', 'secondary']);

/** One item of a framework: a strategy, master-plan issue, sub-plan, milestone, goal or target. */
export const FrameworkItem = z.strictObject({
  ...common,
  label: Label,
  /** Number as printed ("17", "9", "11.1"). */
  code: z.optional(nonEmpty),
  parent: z.optional(id),
  kind: z.optional(z.enum(['strategy', 'strategy-issue', 'issue', 'sub-plan', 'milestone', 'goal', 'target', 'plan', 'policy', 'area', 'other'])),
  /** How the plan says it relates to this item: main (หลัก) or secondary (รอง). */
  role: z.optional(AlignmentRole),
  goals: z.optional(z.array(Label)),
  indicators: z.optional(z.array(Indicator)),
  /**
   * The id of the same item in a shared catalogue named in the plan's
   * `catalogues` (e.g. "th-mp-17-2" in th-national), when the plan restates a
   * national item in its own frameworks. Without the catalogue the restated
   * item is drawn as it is; with the catalogue loaded the ref must exist there,
   * and the item takes the catalogue id, name, code, kind and parent (links and
   * parents that name it are rewritten), keeping what the plan says about it
   * (role, goals, indicators, notes, source). See `src/schema/catalogue.ts`.
   */
  ref: z.optional(nonEmpty),
});

/** A plan system above (or beside) the agency: national strategy, master plans, NESDP, SDGs, level-3 plans, the agency's own 5-year plan or board policy. */
export const Framework = z.strictObject({
  ...common,
  label: Label,
  kind: z.enum(['national-strategy', 'master-plan', 'national-plan', 'level-3-plan', 'sdg', 'agency-plan', 'board-policy', 'reform-plan', 'security-policy', 'other']),
  /** Level in the cabinet's three-level plan system, when it has one. */
  tier: z.optional(z.int().check(z.gte(1), z.lte(3))),
  items: z.array(FrameworkItem),
});

/** An item of the agency's own plan hierarchy (development issue, program, sub-program, activity). */
export const PlanItem = z.strictObject({
  ...common,
  label: Label,
  /** A short label for tight spaces (charts); the full label stays in tooltips and tables. */
  shortLabel: z.optional(Label),
  /** Level id from `levels`. */
  level: id,
  parent: z.optional(id),
  /** Number as printed ("3", "3.1", "3.1(1)"). */
  code: z.optional(nonEmpty),
  goals: z.optional(z.array(Label)),
  targets: z.optional(z.array(Target)),
  /** Responsible unit ids. */
  responsible: z.optional(z.array(id)),
  /** Marked in the source as new this year. */
  isNew: z.optional(z.boolean()),
});

/** A link from a plan item (or framework item) to a framework item it serves. */
export const Link = z.strictObject({
  from: id,
  to: id,
  role: z.optional(AlignmentRole),
  /** `stated`: the source says so for this item; `derived`: inherited from the item's parent or the plan-level statement. */
  basis: z.optional(z.enum(['stated', 'derived'])),
  /** Share of the `from` item's budget attributed to this link, 0..1; unset links share the rest equally. */
  weight: z.optional(z.number().check(z.gte(0), z.lte(1))),
  source: z.optional(Provenance),
});

/** A key performance indicator with its target. */
export const Kpi = z.strictObject({
  ...common,
  label: Label,
  shortLabel: z.optional(Label),
  /** The plan item (usually a development issue) the KPI measures. */
  item: z.optional(id),
  code: z.optional(nonEmpty),
  target: Target,
  /** Which way is better: most KPIs `higher`; NPL ratio `lower`. */
  direction: z.enum(['higher', 'lower']),
  baseline: z.optional(z.strictObject({ value: finite, year: z.optional(z.int()) })),
});

/** A reported KPI result, kept apart from the plan's targets. */
export const KpiResult = z.strictObject({
  kpi: id,
  value: finite,
  /** ISO date (YYYY-MM-DD) the value was reported as of. */
  asOf: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date as YYYY-MM-DD')),
  illustrative: z.optional(Illustrative),
  source: z.optional(Provenance),
  notes: z.optional(z.array(Label)),
});

/** Amounts by funding-source id, in million baht. */
export const Amounts = z.record(id, nonNegative);

/** A change against the previous fiscal year, as the source states it. */
export const PreviousYear = z.strictObject({
  /** Previous year's amount, when stated. */
  amount: z.optional(nonNegative),
  /** Change from the previous year (million baht), when stated. */
  change: z.optional(finite),
  /** Change in percent of the previous year, when stated. */
  changePercent: z.optional(finite),
  source: z.optional(Provenance),
});

/**
 * A budget line. Lines form a tree (by `parent`); a line's amount is its own
 * `amounts` (money not split further) plus its children's. `stated` holds the
 * totals the source prints, which the validator checks against that sum.
 */
export const BudgetLine = z.strictObject({
  ...common,
  parent: z.optional(id),
  /** The plan item this line funds; its label is used when `label` is absent. */
  item: z.optional(id),
  label: z.optional(Label),
  /** Amounts not split into child lines, by funding source. */
  amounts: z.optional(Amounts),
  stated: z.optional(z.strictObject({
    total: z.optional(nonNegative),
    bySource: z.optional(Amounts),
  })),
  previousYear: z.optional(PreviousYear),
  /** Parts the source names without figures (e.g. "ค่าใช้สอย"). */
  parts: z.optional(z.array(Label)),
});

/** A percentage the source states: `part` is what percent of `whole`. */
export const ShareStatement = z.strictObject({
  id,
  /** Budget line id, or a funding-source id (that source's money within `whole`). */
  part: id,
  whole: id,
  percent: finite,
  source: z.optional(Provenance),
});

export const Budget = z.strictObject({
  lines: z.array(BudgetLine),
  shares: z.optional(z.array(ShareStatement)),
});

/** One housing (or other) project with a household target. */
export const HouseholdProject = z.strictObject({
  ...common,
  label: Label,
  shortLabel: z.optional(Label),
  item: z.optional(id),
  target: z.int().check(z.gte(0, 'must not be negative')),
});

/** Households per project per area (province code or region id). */
export const HouseholdValue = z.strictObject({
  project: id,
  area: nonEmpty,
  value: z.int().check(z.gte(0, 'must not be negative')),
});

export const Households = z.strictObject({
  projects: z.array(HouseholdProject),
  /** Total the source states; must equal the sum of the projects. */
  total: z.optional(z.int().check(z.gte(0))),
  source: z.optional(Provenance),
  /** A split by area. The CODI source has none; a sample one must say it is illustrative. */
  breakdown: z.optional(z.strictObject({
    level: z.enum(['province', 'region']),
    illustrative: z.optional(Illustrative),
    values: z.array(HouseholdValue),
  })),
});

/** A place where the source contradicts itself or was misprinted, and the reading chosen. */
export const Discrepancy = z.strictObject({
  id,
  /** What the source says, quoted. */
  says: nonEmpty,
  /** The reading this dataset uses, and why. */
  reading: nonEmpty,
  source: z.optional(Provenance),
  /** Ids of the items the discrepancy touches. */
  affects: z.optional(z.array(id)),
});

export const PLAN_SCHEMA_VERSION = 1;

/** A plan. Only its identity is required: every section is optional. */
export const Plan = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id,
  title: Label,
  agency: z.strictObject({
    name: Label,
    shortName: z.optional(Label),
    /** The ministry or parent body. */
    parent: z.optional(Label),
  }),
  /** Fiscal year, Buddhist Era (2567 = Oct 2023 - Sep 2024). */
  fiscalYear: z.int().check(z.gte(2400), z.lte(2800)),
  /** The document the plan was transcribed from. */
  document: z.optional(z.strictObject({
    title: Label,
    approved: z.optional(nonEmpty),
    url: z.optional(z.string().check(z.regex(/^https?:\/\/[^\s]+$/, 'expected an http(s) URL'))),
    file: z.optional(nonEmpty),
  })),
  /**
   * Ids of shared framework catalogues the plan links into (e.g. "th-national",
   * data/frameworks/th-national.json): `links[].to` (and a framework item's
   * `parent`) may then name a catalogue item instead of restating it in
   * `frameworks`, and restated items may say which catalogue item they are
   * (`ref`). A declared catalogue must be loaded only when some id the plan
   * names is neither defined in the plan nor in a loaded catalogue; with it
   * loaded, the catalogue items used (and their ancestors) are copied into
   * `frameworks` and restated items with a `ref` take their catalogue ids, so
   * plans that link to the same national item share its id. See
   * `src/schema/catalogue.ts`.
   */
  catalogues: z.optional(z.array(id)),
  /** Set when the whole plan is sample data. */
  illustrative: z.optional(Illustrative),
  /** Caveats that apply to the whole plan (e.g. "state figures are a budget request"). */
  notes: z.optional(z.array(Label)),
  levels: z.optional(z.array(Level).check(z.minLength(1), z.maxLength(5))),
  fundingSources: z.optional(z.array(FundingSource)),
  units: z.optional(z.array(UnitDef)),
  responsibleUnits: z.optional(z.array(ResponsibleUnit)),
  regions: z.optional(z.array(Region)),
  frameworks: z.optional(z.array(Framework)),
  items: z.optional(z.array(PlanItem)),
  links: z.optional(z.array(Link)),
  kpis: z.optional(z.array(Kpi)),
  results: z.optional(z.array(KpiResult)),
  budget: z.optional(Budget),
  households: z.optional(Households),
  discrepancies: z.optional(z.array(Discrepancy)),
});

/** A shared catalogue of framework items (the national plan system, the SDGs) that plans link to by id. */
export const Catalogue = z.strictObject({
  $schema: z.optional(z.string()),
  id,
  title: Label,
  frameworks: z.array(Framework),
});

export type Catalogue = z.infer<typeof Catalogue>;
export type Label = z.infer<typeof Label>;
export type Provenance = z.infer<typeof Provenance>;
export type Illustrative = z.infer<typeof Illustrative>;
export type Target = z.infer<typeof Target>;
export type UnitDef = z.infer<typeof UnitDef>;
export type Level = z.infer<typeof Level>;
export type FundingSource = z.infer<typeof FundingSource>;
export type ResponsibleUnit = z.infer<typeof ResponsibleUnit>;
export type Region = z.infer<typeof Region>;
export type FrameworkItem = z.infer<typeof FrameworkItem>;
export type Framework = z.infer<typeof Framework>;
export type PlanItem = z.infer<typeof PlanItem>;
export type Link = z.infer<typeof Link>;
export type Kpi = z.infer<typeof Kpi>;
export type KpiResult = z.infer<typeof KpiResult>;
export type PreviousYear = z.infer<typeof PreviousYear>;
export type BudgetLine = z.infer<typeof BudgetLine>;
export type ShareStatement = z.infer<typeof ShareStatement>;
export type Budget = z.infer<typeof Budget>;
export type HouseholdProject = z.infer<typeof HouseholdProject>;
export type Households = z.infer<typeof Households>;
export type Discrepancy = z.infer<typeof Discrepancy>;
export type Plan = z.infer<typeof Plan>;
