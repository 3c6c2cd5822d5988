/**
 * Distinct colours for schools' runs (Kelly's 22 colours of maximum contrast, without white and black,
 * which the map already uses), assigned in school-id order so a school keeps its colour across versions.
 */
const PALETTE = [
  '#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324', '#469990', '#800000',
  '#808000', '#000075', '#bfef45', '#dcbeff', '#fabed4', '#ffd8b1', '#aaffc3', '#a9a9a9', '#ffe119', '#fffac8',
];

/** A colour per school id, stable for a given set of schools. */
export function schoolColours(schoolIds: Iterable<string>): ReadonlyMap<string, string> {
  const ids = [...new Set(schoolIds)].sort();
  return new Map(ids.map((id, i) => [id, PALETTE[i % PALETTE.length] ?? '#555']));
}
