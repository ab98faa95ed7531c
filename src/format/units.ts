import type { Label, UnitDef } from '../schema/plan.js';

/**
 * Units every plan may use without declaring them. A plan declares any other
 * unit in `plan.units`; the validator rejects a unit that is in neither.
 */
export const BUILT_IN_UNITS: readonly UnitDef[] = [
  { id: 'million-baht', label: { th: 'ล้านบาท', en: 'million baht' }, kind: 'money', decimals: 4 },
  { id: 'baht', label: { th: 'บาท', en: 'baht' }, kind: 'money', decimals: 2 },
  { id: 'percent', label: { th: 'ร้อยละ', en: '%' }, kind: 'percent' },
  { id: 'times', label: { th: 'เท่า', en: 'times' }, kind: 'ratio' },
  { id: 'household', label: { th: 'ครัวเรือน', en: 'households' }, kind: 'count' },
  { id: 'person', label: { th: 'คน', en: 'people' }, kind: 'count' },
  { id: 'tambon', label: { th: 'ตำบล', en: 'sub-districts' }, kind: 'count' },
  { id: 'tambon-city', label: { th: 'ตำบล/เมือง', en: 'sub-districts or towns' }, kind: 'count' },
  { id: 'province', label: { th: 'จังหวัด', en: 'provinces' }, kind: 'count' },
  { id: 'province-group', label: { th: 'กลุ่มจังหวัด', en: 'province groups' }, kind: 'count' },
  { id: 'region', label: { th: 'ภาค', en: 'regions' }, kind: 'count' },
  { id: 'fund', label: { th: 'กองทุน', en: 'funds' }, kind: 'count' },
  { id: 'set', label: { th: 'ชุด', en: 'sets' }, kind: 'count' },
  { id: 'agency', label: { th: 'หน่วยงาน', en: 'agencies' }, kind: 'count' },
  { id: 'agency-org', label: { th: 'หน่วยงาน/องค์กร', en: 'agencies or organisations' }, kind: 'count' },
  { id: 'project', label: { th: 'โครงการ', en: 'projects' }, kind: 'count' },
  { id: 'item', label: { th: 'รายการ', en: 'items' }, kind: 'count' },
  { id: 'score', label: { th: 'คะแนน', en: 'points' }, kind: 'score' },
  { id: 'level', label: { th: 'ระดับ', en: 'level' }, kind: 'score' },
];

const builtIn = new Map(BUILT_IN_UNITS.map((u) => [u.id, u]));

/** Looks a unit up: the plan's own declarations win over the built-in ones. */
export function findUnit(id: string, planUnits?: readonly UnitDef[]): UnitDef | undefined {
  return planUnits?.find((u) => u.id === id) ?? builtIn.get(id);
}

/** The label of a unit, or the id itself when unknown (never throws while rendering). */
export function unitLabel(id: string, planUnits?: readonly UnitDef[]): Label {
  return findUnit(id, planUnits)?.label ?? { th: id };
}
