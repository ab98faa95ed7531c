/**
 * The built-in grouping of provinces into regions, used when a plan has no
 * `regions` of its own (a plan's `regions` always win).
 *
 * Source: the official six-region grouping of Thailand (ภาคเหนือ 9,
 * ภาคตะวันออกเฉียงเหนือ 20, ภาคกลาง 22 with Bangkok, ภาคตะวันออก 7,
 * ภาคตะวันตก 5, ภาคใต้ 14) set by the National Geographical Committee
 * (คณะกรรมการภูมิศาสตร์แห่งชาติ) in 1977 (B.E. 2520) and used by the Royal
 * Institute (ราชบัณฑิตยสถาน) in school geography; Bueng Kan (2011) belongs
 * to the north-east.
 *
 * CODI (พอช.) works through 5 regional offices (the FY2567 plan, section
 * 3.2.2: "ระดับภาค 5 ภาค"), but its plan does not list which provinces each
 * office covers and no published list could be confirmed, so CODI's own
 * grouping is NOT assumed here. A plan that knows it states it in `regions`.
 */
import type { Label, Region } from '../../schema/plan.js';
import { PROVINCES } from './provinces.js';

export type RegionKey = 'north' | 'northeast' | 'central' | 'east' | 'west' | 'south';

const LABELS: Record<RegionKey, Label> = {
  north: { th: 'ภาคเหนือ', en: 'North' },
  northeast: { th: 'ภาคตะวันออกเฉียงเหนือ', en: 'Northeast' },
  central: { th: 'ภาคกลาง', en: 'Central' },
  east: { th: 'ภาคตะวันออก', en: 'East' },
  west: { th: 'ภาคตะวันตก', en: 'West' },
  south: { th: 'ภาคใต้', en: 'South' },
};

/** Shown with region figures so a reader knows which grouping they are. */
export const DEFAULT_REGIONS_SOURCE: Label = {
  th: 'การแบ่งภาค 6 ภาคของคณะกรรมการภูมิศาสตร์แห่งชาติ (พ.ศ. 2520)',
  en: 'the six regions of the National Geographical Committee (1977)',
};

/** The built-in regions, north to south, in the plan schema's `Region` shape (ids `region-north` …). */
export const DEFAULT_REGIONS: readonly Region[] = (Object.keys(LABELS) as RegionKey[]).map((key) => ({
  id: `region-${key}`,
  label: LABELS[key],
  provinces: PROVINCES.filter((p) => p.region === key).map((p) => p.code),
}));
