import { planeDistanceM, type LocalPlane } from './plane.js';
import type { Random } from './random.js';
import type { NetworkNode, RoadNetworkBuilder } from './road-network.js';

/** A village node waiting to be joined to its township's roads. */
export interface VillageNode {
  readonly node: NetworkNode;
  readonly name: string;
}

/** Nodes a village road may start from: the township's nodes already on a road, but no interchange or boundary point. */
function trunkNodesOf(builder: RoadNetworkBuilder, townshipCode: string): NetworkNode[] {
  const onRoad = new Set(builder.segments.flatMap((s) => [s.fromNode, s.toNode]));
  return builder.nodes.filter(
    (n) => n.townshipCode === townshipCode && onRoad.has(n.id) && !n.key.startsWith('boundary:') && !n.key.startsWith('junction:ic-'),
  );
}

/**
 * Joins a township's villages to its roads as a tree grown from the trunk (Prim's rule on straight
 * distance): each step joins the unconnected village nearest to anything already connected. Roads from
 * a trunk node are township roads (乡道); roads between villages are village roads (村道). Returns, for each
 * node, the trunk node its branch hangs from (a trunk node is its own root).
 */
export function connectVillages(
  builder: RoadNetworkBuilder,
  plane: LocalPlane,
  townshipCode: string,
  villages: readonly VillageNode[],
  nameOf: (node: NetworkNode) => string,
  random: Random,
): Map<string, string> {
  const trunk = new Set(trunkNodesOf(builder, townshipCode).map((n) => n.id));
  const root = new Map([...trunk].map((id) => [id, id]));
  const connected: NetworkNode[] = trunkNodesOf(builder, townshipCode);
  const waiting = villages.filter((v) => !trunk.has(v.node.id));
  const xy = (n: NetworkNode) => plane.toXy(n.position);
  while (waiting.length > 0) {
    let best = { w: 0, c: connected[0] as NetworkNode, d: Infinity };
    waiting.forEach((v, w) => {
      for (const c of connected) {
        const d = planeDistanceM(xy(v.node), xy(c));
        if (d < best.d) best = { w, c, d };
      }
    });
    const [village] = waiting.splice(best.w, 1);
    if (village === undefined) break;
    const fromTrunk = trunk.has(best.c.id);
    const style = fromTrunk ? 'township' : random.chance(0.3) ? 'villageSubstandard' : 'village';
    const name = `${fromTrunk ? '乡道' : '村道'} ${nameOf(best.c)}—${village.name}`;
    builder.connect(best.c, village.node, { style, name, traits: { mountain: true, river: false, townshipCode } });
    connected.push(village.node);
    root.set(village.node.id, root.get(best.c.id) ?? best.c.id);
  }
  return root;
}

/** Straight-distance window for a second road out of a village, metres. */
const LOOP_RANGE_M: readonly [number, number] = [1500, 6500];

/**
 * Adds second roads between villages of one township (mountain villages often lie on a through road, not at
 * the end of a spur): each village, with probability `chance`, gets a village road to the nearest node of
 * its branch it is not yet joined to. A loop never leaves the branch (the villages hanging from one trunk
 * node, and that node), so no loop can shorten a road between two trunk nodes: the calibrated township
 * distances stay as designed.
 */
export function addVillageLoops(
  builder: RoadNetworkBuilder,
  plane: LocalPlane,
  townshipCode: string,
  villages: readonly VillageNode[],
  nameOf: (node: NetworkNode) => string,
  root: ReadonlyMap<string, string>,
  chance: number,
  random: Random,
): void {
  const linked = new Set(builder.segments.flatMap((s) => [`${s.fromNode}|${s.toNode}`, `${s.toNode}|${s.fromNode}`]));
  const all = trunkNodesOf(builder, townshipCode);
  for (const v of villages) {
    const branch = root.get(v.node.id);
    const candidates = all.filter((c) => root.get(c.id) === branch);
    if (!random.chance(chance)) continue;
    const here = plane.toXy(v.node.position);
    let best: { c: NetworkNode; d: number } | undefined;
    for (const c of candidates) {
      if (c.id === v.node.id || linked.has(`${v.node.id}|${c.id}`)) continue;
      const d = planeDistanceM(here, plane.toXy(c.position));
      if (d >= LOOP_RANGE_M[0] && d <= LOOP_RANGE_M[1] && (best === undefined || d < best.d)) best = { c, d };
    }
    if (best === undefined) continue;
    const style = random.chance(0.4) ? 'villageSubstandard' : 'village';
    builder.connect(v.node, best.c, { style, name: `村道 ${v.name}—${nameOf(best.c)}`, traits: { mountain: true, river: false, townshipCode } });
    linked.add(`${v.node.id}|${best.c.id}`).add(`${best.c.id}|${v.node.id}`);
  }
}
