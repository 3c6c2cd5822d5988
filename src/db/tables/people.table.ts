/** `school`. */
export interface SchoolTable {
  id: string;
  county_id: number;
  name_zh: string;
  level: string;
  township_id: string;
  gate_place_id: string;
  boarders: number;
  runs_shuttle: boolean;
  name_source: string;
}

/** `school_window`: allowed dismissal / arrival windows; `time` columns read as `HH:MM:SS`. */
export interface SchoolWindowTable {
  county_id: number;
  school_id: string;
  direction: string;
  day_offset: number;
  earliest: string;
  latest: string;
  preference: number;
}

/** `student`: anonymous ids only. */
export interface StudentTable {
  id: string;
  county_id: number;
  school_id: string;
  grade: number;
  home_place_id: string;
  needs_ride: boolean;
  currently_rides: boolean;
}

/** `operator`. */
export interface OperatorTable {
  id: string;
  county_id: number;
  name_zh: string;
  licence_no: string;
}

/** `vehicle`: coaches and boats with their approved capacity (核载人数). */
export interface VehicleTable {
  id: string;
  county_id: number;
  kind: string;
  registration_no: string;
  approved_capacity: number;
  operator_id: string;
  home_depot_place_id: string;
  year: number;
  make_model: string;
  status: string;
}

/** `driver`. */
export interface DriverTable {
  id: string;
  county_id: number;
  operator_id: string;
  display_name: string;
  licence_class: string;
  birth_date: string;
  licensed_since: string;
  school_transport_endorsed: boolean;
}
