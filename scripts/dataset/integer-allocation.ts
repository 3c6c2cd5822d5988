/**
 * Splits `total` into whole numbers proportional to `weights`, never giving an entry more than its cap
 * (largest-remainder rounding, repeated while caps bind). Throws when the caps cannot hold the total.
 */
export function allocate(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const out = weights.map(() => 0);
  let left = total;
  for (let round = 0; left > 0; round++) {
    const open = weights.map((w, i) => (w > 0 && out[i]! < caps[i]! ? i : -1)).filter((i) => i >= 0);
    if (open.length === 0 || round > 100) throw new Error(`allocate: caps cannot hold ${total}`);
    const sum = open.reduce((a, i) => a + weights[i]!, 0);
    const shares = open.map((i) => ({ i, exact: (left * weights[i]!) / sum }));
    let given = 0;
    for (const s of shares) {
      const take = Math.min(Math.floor(s.exact), caps[s.i]! - out[s.i]!);
      out[s.i]! += take;
      given += take;
    }
    const byRemainder = [...shares].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.i - b.i);
    for (const s of byRemainder) {
      if (given >= left) break;
      if (out[s.i]! < caps[s.i]!) {
        out[s.i]! += 1;
        given += 1;
      }
    }
    left -= given;
  }
  return out;
}
