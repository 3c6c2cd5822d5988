import type { Random } from '../search/random.js';

/**
 * Ordered crossover OX (Oliver, Smith & Holland 1987; Vidal 2022 §2): the child keeps a random circular
 * stretch of parent a, then takes the remaining clients in parent b's order from the stretch's end.
 * `seen` is caller-owned scratch of length ≥ the number of clients.
 */
export function crossoverOx(a: Int32Array, b: Int32Array, rng: Random, seen: Uint8Array): Int32Array {
  const n = a.length;
  const child = new Int32Array(n);
  if (n === 0) return child;
  seen.fill(0, 0, seen.length);
  const start = rng.int(n);
  let end = rng.int(n);
  while (n > 1 && end === start) end = rng.int(n);
  let j = start;
  for (; j % n !== (end + 1) % n; j++) {
    const c = a[j % n]!;
    child[j % n] = c;
    seen[c] = 1;
  }
  for (let i = 1; i <= n; i++) {
    const c = b[(end + i) % n]!;
    if (seen[c] === 1) continue;
    child[j % n] = c;
    j++;
  }
  return child;
}
