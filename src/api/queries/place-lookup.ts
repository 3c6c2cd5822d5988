import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables/index.js';
import type { Place, PlaceAccess, PlaceKind } from '../../domain/place.js';

/** A place of a county by id, or undefined (one indexed row, not the whole list). */
export async function findPlace(db: Kysely<Database>, countyId: number, id: string): Promise<Place | undefined> {
  const r = await db.selectFrom('place').selectAll().where('id', '=', id).where('county_id', '=', countyId).executeTakeFirst();
  return r === undefined ? undefined : {
    id: r.id, countyId: r.county_id, kind: r.kind as PlaceKind, nameZh: r.name_zh, townshipId: r.township_id, lon: r.lon, lat: r.lat,
    access: r.access as PlaceAccess, villageCode: r.village_code,
  };
}
