import { haversineM, type Position } from '../../src/domain/geo.js';
import type { RoadHazards, RoadSegment } from '../../src/domain/road-segment.js';
import { LocalPlane } from './plane.js';
import type { Random } from './random.js';
import { ROAD_STYLES, SHORT_SEGMENT_M, type RoadStyleName } from './road-classes.js';
import { windingLine } from './winding-line.js';

/** A road node: a junction, a township seat, a village stop, a school gate, a depot or a pier. */
export interface NetworkNode {
  readonly id: string;
  readonly key: string;
  readonly position: Position;
  readonly townshipCode: string;
}

/** What the builder remembers of a segment beyond its file row, for hazards and reports. */
export interface SegmentTraits {
  /** Runs through mountains (most of the county). */
  readonly mountain: boolean;
  /** Runs along 乌溪江 or the reservoir. */
  readonly river: boolean;
  readonly townshipCode: string;
}

/** How to draw one segment: style, name, and optionally a fixed ratio (for roads of published length). */
export interface SegmentRequest {
  readonly style: RoadStyleName;
  readonly name: string;
  readonly traits: SegmentTraits;
  readonly fixedRatio?: number;
  /** Overrides the style's ratio range (for corridors calibrated to a published distance). */
  readonly ratio?: readonly [number, number];
}

/** All hazard flags off: a segment's state before `assignHazards`. */
export const NO_HAZARDS: RoadHazards = {
  cliffSide: false,
  waterSide: false,
  steepGrade: false,
  sharpCurves: false,
  narrowRoad: false,
  narrowBridge: false,
};

/** Builds road nodes and winding segments with sequential ids (`N0001`, `R0001`). */
export class RoadNetworkBuilder {
  readonly nodes: NetworkNode[] = [];
  readonly segments: RoadSegment[] = [];
  readonly traits: SegmentTraits[] = [];
  readonly #byKey = new Map<string, NetworkNode>();
  readonly #plane: LocalPlane;
  readonly #random: Random;
  readonly #countyId: number;

  /** A builder drawing in `plane`, with its own random stream, for one county. */
  constructor(plane: LocalPlane, random: Random, countyId: number) {
    this.#plane = plane;
    this.#random = random;
    this.#countyId = countyId;
  }

  /** The node with this key, created at `position` the first time. */
  node(key: string, position: Position, townshipCode: string): NetworkNode {
    const existing = this.#byKey.get(key);
    if (existing !== undefined) return existing;
    const node = { id: `N${String(this.nodes.length + 1).padStart(4, '0')}`, key, position, townshipCode };
    this.nodes.push(node);
    this.#byKey.set(key, node);
    return node;
  }

  /** The node with this key; throws when the design names a node that was never made. */
  get(key: string): NetworkNode {
    const node = this.#byKey.get(key);
    if (node === undefined) throw new Error(`road network: no node "${key}"`);
    return node;
  }

  /** Whether a node with this key exists. */
  has(key: string): boolean {
    return this.#byKey.has(key);
  }

  /** Adds a winding segment between two nodes; its length is the straight distance times a drawn ratio. */
  connect(from: NetworkNode, to: NetworkNode, request: SegmentRequest): RoadSegment {
    const style = ROAD_STYLES[request.style];
    const straightM = haversineM(from.position, to.position);
    const [low, high] = straightM < SHORT_SEGMENT_M ? [1.05, 1.3] : (request.ratio ?? style.ratio);
    const ratio = request.fixedRatio ?? this.#random.range(low, high);
    const lengthM = Math.max(1, Math.round(straightM * ratio));
    const halfWaveM = this.#random.range(style.halfWaveM[0], style.halfWaveM[1]);
    const segment: RoadSegment = {
      id: `R${String(this.segments.length + 1).padStart(4, '0')}`,
      countyId: this.#countyId,
      name: request.name,
      roadClass: style.roadClass,
      fromNode: from.id,
      toNode: to.id,
      geometry: { type: 'LineString', coordinates: windingLine(this.#plane, from.position, to.position, lengthM, halfWaveM, this.#random) },
      lengthM,
      postedSpeedKmh: style.postedSpeedKmh,
      technicalGrade: style.technicalGrade,
      hazards: NO_HAZARDS,
      oneway: false,
      closure: null,
    };
    this.segments.push(segment);
    this.traits.push(request.traits.townshipCode === '' ? { ...request.traits, townshipCode: from.townshipCode } : request.traits);
    return segment;
  }

  /** Connects a chain of nodes; with `totalLengthM` every segment gets the ratio that yields that total. */
  chain(keys: readonly string[], request: Omit<SegmentRequest, 'fixedRatio'>, totalLengthM?: number): void {
    const nodes = keys.map((k) => this.get(k));
    let straight = 0;
    for (let i = 1; i < nodes.length; i++) straight += haversineM((nodes[i - 1] as NetworkNode).position, (nodes[i] as NetworkNode).position);
    const fixedRatio = totalLengthM === undefined ? undefined : totalLengthM / straight;
    for (let i = 1; i < nodes.length; i++) {
      const from = nodes[i - 1] as NetworkNode;
      const to = nodes[i] as NetworkNode;
      this.connect(from, to, fixedRatio === undefined ? request : { ...request, fixedRatio });
    }
  }
}
