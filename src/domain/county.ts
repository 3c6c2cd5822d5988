import { z } from 'zod';

/** Suichang County's official division code (遂昌县, Lishui, Zhejiang). */
export const SUICHANG_COUNTY_ID = 331123;

/** A county-level division code: six digits, as in GB/T 2260. Every county-owned row carries one. */
export const CountyId = z.number().int().min(100000).max(999999);
export type CountyId = z.infer<typeof CountyId>;

/** A county served by this installation. */
export const County = z.object({
  id: CountyId,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  /** IANA time zone in which all local times of the county are given. */
  timeZone: z.string().min(1),
});
export type County = z.infer<typeof County>;
