import type { Kysely } from 'kysely';
import { runSqlScript } from '../src/db/sql-script.js';

/**
 * The core schema of the whole product: the county's geography and network, schools and anonymous
 * students, fleet and drivers, compliance records, schedules and their runs, jobs, audit log and API
 * tokens. Every county-owned table carries `county_id`. Enumerations are CHECK constraints on text so
 * that a later migration can widen them without a type migration.
 */
const UP = `
CREATE TABLE county (
  id integer PRIMARY KEY CHECK (id BETWEEN 100000 AND 999999),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  time_zone text NOT NULL,
  boundary jsonb,
  demo_friday date,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE township (
  id text PRIMARY KEY CHECK (id ~ '^[0-9]{9}$'),
  county_id integer NOT NULL REFERENCES county(id),
  name_zh text NOT NULL,
  name_pinyin text NOT NULL,
  lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90)
);
CREATE INDEX township_county_idx ON township (county_id);

CREATE TABLE place (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  kind text NOT NULL CHECK (kind IN ('village_stop', 'school_gate', 'pier', 'depot', 'bus_station')),
  name_zh text NOT NULL,
  township_id text NOT NULL REFERENCES township(id),
  lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  access text NOT NULL CHECK (access IN ('road', 'water', 'both')),
  village_code text CHECK (village_code ~ '^[0-9]{12}$')
);
CREATE INDEX place_county_idx ON place (county_id);

CREATE TABLE road_segment (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  name text NOT NULL DEFAULT '',
  road_class text NOT NULL CHECK (road_class IN ('expressway', 'national', 'provincial', 'county', 'township', 'village')),
  from_node text NOT NULL,
  to_node text NOT NULL,
  geometry jsonb NOT NULL,
  length_m integer NOT NULL CHECK (length_m > 0),
  posted_speed_kmh integer NOT NULL CHECK (posted_speed_kmh BETWEEN 5 AND 120),
  technical_grade smallint NOT NULL CHECK (technical_grade BETWEEN 0 AND 5),
  cliff_side boolean NOT NULL DEFAULT false,
  water_side boolean NOT NULL DEFAULT false,
  steep_grade boolean NOT NULL DEFAULT false,
  sharp_curves boolean NOT NULL DEFAULT false,
  narrow_road boolean NOT NULL DEFAULT false,
  narrow_bridge boolean NOT NULL DEFAULT false,
  oneway boolean NOT NULL DEFAULT false,
  closed_reason text,
  closed_from timestamptz,
  closed_to timestamptz,
  CHECK ((closed_reason IS NULL) = (closed_from IS NULL)),
  CHECK (closed_to IS NULL OR closed_from IS NULL OR closed_from < closed_to)
);
CREATE INDEX road_segment_county_idx ON road_segment (county_id);

CREATE TABLE waterway_leg (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  name text NOT NULL DEFAULT '',
  from_place_id text NOT NULL REFERENCES place(id),
  to_place_id text NOT NULL REFERENCES place(id),
  geometry jsonb NOT NULL,
  length_m integer NOT NULL CHECK (length_m > 0),
  speed_kmh integer NOT NULL CHECK (speed_kmh BETWEEN 3 AND 60),
  closed_reason text,
  closed_from timestamptz,
  closed_to timestamptz,
  CHECK ((closed_reason IS NULL) = (closed_from IS NULL))
);
CREATE INDEX waterway_leg_county_idx ON waterway_leg (county_id);

CREATE TABLE school (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  name_zh text NOT NULL,
  level text NOT NULL CHECK (level IN ('primary', 'middle', 'nine_year')),
  township_id text NOT NULL REFERENCES township(id),
  gate_place_id text NOT NULL REFERENCES place(id),
  boarders integer NOT NULL CHECK (boarders >= 0),
  runs_shuttle boolean NOT NULL,
  name_source text NOT NULL CHECK (name_source IN ('real', 'synthetic'))
);
CREATE INDEX school_county_idx ON school (county_id);

CREATE TABLE school_window (
  county_id integer NOT NULL REFERENCES county(id),
  school_id text NOT NULL REFERENCES school(id) ON DELETE CASCADE,
  direction text NOT NULL CHECK (direction IN ('home', 'return')),
  day_offset smallint NOT NULL CHECK (day_offset BETWEEN -2 AND 3),
  earliest time NOT NULL,
  latest time NOT NULL,
  preference smallint NOT NULL CHECK (preference BETWEEN 1 AND 9),
  PRIMARY KEY (school_id, direction, day_offset, earliest),
  CHECK (earliest <= latest)
);

CREATE TABLE student (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  school_id text NOT NULL REFERENCES school(id),
  grade smallint NOT NULL CHECK (grade BETWEEN 1 AND 9),
  home_place_id text NOT NULL REFERENCES place(id),
  needs_ride boolean NOT NULL,
  currently_rides boolean NOT NULL
);
CREATE INDEX student_school_idx ON student (school_id);
CREATE INDEX student_county_idx ON student (county_id);

CREATE TABLE operator (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  name_zh text NOT NULL,
  licence_no text NOT NULL
);

CREATE TABLE vehicle (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  kind text NOT NULL CHECK (kind IN ('bus', 'boat')),
  registration_no text NOT NULL,
  approved_capacity integer NOT NULL CHECK (approved_capacity BETWEEN 1 AND 100),
  operator_id text NOT NULL REFERENCES operator(id),
  home_depot_place_id text NOT NULL REFERENCES place(id),
  year integer NOT NULL CHECK (year BETWEEN 1980 AND 2100),
  make_model text NOT NULL DEFAULT '',
  status text NOT NULL CHECK (status IN ('active', 'out_of_service', 'retired')),
  UNIQUE (county_id, registration_no)
);
CREATE INDEX vehicle_operator_idx ON vehicle (operator_id);

CREATE TABLE driver (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  operator_id text NOT NULL REFERENCES operator(id),
  display_name text NOT NULL,
  licence_class text NOT NULL CHECK (licence_class IN ('A1', 'A2', 'A3', 'B1', 'B2', 'C1', 'boat_master')),
  birth_date date NOT NULL,
  licensed_since date NOT NULL,
  school_transport_endorsed boolean NOT NULL
);
CREATE INDEX driver_operator_idx ON driver (operator_id);

CREATE TABLE checklist_item (
  county_id integer NOT NULL REFERENCES county(id),
  code text NOT NULL,
  label_zh text NOT NULL,
  label_en text NOT NULL,
  applies_to text NOT NULL CHECK (applies_to IN ('bus', 'boat', 'both')),
  sort_order integer NOT NULL,
  active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (county_id, code)
);

CREATE TABLE inspection (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  vehicle_id text NOT NULL REFERENCES vehicle(id),
  inspected_on date NOT NULL,
  inspector text NOT NULL,
  passed boolean NOT NULL,
  note text NOT NULL DEFAULT ''
);
CREATE INDEX inspection_vehicle_idx ON inspection (vehicle_id, inspected_on);

CREATE TABLE inspection_item (
  inspection_id text NOT NULL REFERENCES inspection(id) ON DELETE CASCADE,
  county_id integer NOT NULL,
  item_code text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('pass', 'fail', 'na')),
  note text NOT NULL DEFAULT '',
  PRIMARY KEY (inspection_id, item_code),
  FOREIGN KEY (county_id, item_code) REFERENCES checklist_item (county_id, code)
);

CREATE TABLE rectification (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  vehicle_id text NOT NULL REFERENCES vehicle(id),
  inspection_id text NOT NULL REFERENCES inspection(id),
  item_code text NOT NULL,
  due_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'closed')),
  closed_on date,
  closed_by_inspection_id text REFERENCES inspection(id),
  note text NOT NULL DEFAULT '',
  FOREIGN KEY (county_id, item_code) REFERENCES checklist_item (county_id, code),
  CHECK ((status = 'closed') = (closed_on IS NOT NULL))
);
CREATE INDEX rectification_vehicle_idx ON rectification (vehicle_id, status);

CREATE TABLE plate (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  plate_no text NOT NULL,
  vehicle_id text NOT NULL REFERENCES vehicle(id),
  driver_id text NOT NULL REFERENCES driver(id),
  route text NOT NULL,
  operating_from time NOT NULL,
  operating_to time NOT NULL,
  stops jsonb NOT NULL DEFAULT '[]',
  issuing_unit text NOT NULL,
  valid_from date NOT NULL,
  valid_to date NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'suspended', 'revoked')),
  status_reason text NOT NULL DEFAULT '',
  issued_on date NOT NULL,
  CHECK (valid_from <= valid_to),
  UNIQUE (county_id, plate_no)
);
CREATE INDEX plate_vehicle_idx ON plate (vehicle_id);

CREATE TABLE insurance (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  vehicle_id text NOT NULL REFERENCES vehicle(id),
  kind text NOT NULL CHECK (kind IN ('carrier_liability', 'compulsory_traffic')),
  insurer text NOT NULL,
  policy_no text NOT NULL,
  valid_from date NOT NULL,
  valid_to date NOT NULL,
  CHECK (valid_from <= valid_to)
);
CREATE INDEX insurance_vehicle_idx ON insurance (vehicle_id, kind);

CREATE TABLE schedule (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  friday date NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  status text NOT NULL CHECK (status IN ('draft', 'published', 'superseded', 'discarded')),
  based_on_id text REFERENCES schedule(id),
  conditions jsonb NOT NULL,
  params jsonb NOT NULL,
  summary jsonb NOT NULL,
  validation jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  published_at timestamptz,
  published_by text,
  UNIQUE (county_id, friday, version)
);
CREATE UNIQUE INDEX schedule_one_published_idx ON schedule (county_id, friday) WHERE status = 'published';

CREATE TABLE dismissal_slot (
  schedule_id text NOT NULL REFERENCES schedule(id) ON DELETE CASCADE,
  school_id text NOT NULL REFERENCES school(id),
  direction text NOT NULL CHECK (direction IN ('home', 'return')),
  service_date date NOT NULL,
  slot_time time NOT NULL,
  PRIMARY KEY (schedule_id, school_id, direction)
);

CREATE TABLE schedule_run (
  id text PRIMARY KEY,
  schedule_id text NOT NULL REFERENCES schedule(id) ON DELETE CASCADE,
  county_id integer NOT NULL REFERENCES county(id),
  school_id text NOT NULL REFERENCES school(id),
  direction text NOT NULL CHECK (direction IN ('home', 'return')),
  mode text NOT NULL CHECK (mode IN ('bus', 'boat')),
  vehicle_id text NOT NULL REFERENCES vehicle(id),
  driver_id text REFERENCES driver(id),
  duty_no integer NOT NULL,
  seq_in_duty integer NOT NULL,
  service_date date NOT NULL,
  departs_at timestamptz NOT NULL,
  arrives_at timestamptz NOT NULL,
  distance_m integer NOT NULL CHECK (distance_m >= 0),
  duration_s integer NOT NULL CHECK (duration_s >= 0),
  max_load integer NOT NULL CHECK (max_load >= 0),
  CHECK (departs_at <= arrives_at)
);
CREATE INDEX schedule_run_schedule_idx ON schedule_run (schedule_id, school_id);
CREATE INDEX schedule_run_vehicle_idx ON schedule_run (schedule_id, vehicle_id);

CREATE TABLE run_stop (
  run_id text NOT NULL REFERENCES schedule_run(id) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq >= 0),
  place_id text NOT NULL REFERENCES place(id),
  arrive_at timestamptz NOT NULL,
  depart_at timestamptz NOT NULL,
  boarding integer NOT NULL CHECK (boarding >= 0),
  alighting integer NOT NULL CHECK (alighting >= 0),
  leg_distance_m integer NOT NULL CHECK (leg_distance_m >= 0),
  leg_duration_s integer NOT NULL CHECK (leg_duration_s >= 0),
  leg_min_speed_kmh integer,
  PRIMARY KEY (run_id, seq),
  CHECK (arrive_at <= depart_at)
);

CREATE TABLE schedule_transfer (
  schedule_id text NOT NULL REFERENCES schedule(id) ON DELETE CASCADE,
  from_run_id text NOT NULL REFERENCES schedule_run(id) ON DELETE CASCADE,
  to_run_id text NOT NULL REFERENCES schedule_run(id) ON DELETE CASCADE,
  place_id text NOT NULL REFERENCES place(id),
  min_transfer_s integer NOT NULL CHECK (min_transfer_s >= 0),
  PRIMARY KEY (from_run_id, to_run_id)
);

CREATE TABLE student_assignment (
  schedule_id text NOT NULL REFERENCES schedule(id) ON DELETE CASCADE,
  student_id text NOT NULL REFERENCES student(id),
  direction text NOT NULL CHECK (direction IN ('home', 'return')),
  leg_no smallint NOT NULL CHECK (leg_no >= 1),
  run_id text NOT NULL REFERENCES schedule_run(id) ON DELETE CASCADE,
  board_seq integer NOT NULL,
  alight_seq integer NOT NULL,
  PRIMARY KEY (schedule_id, student_id, direction, leg_no),
  CHECK (board_seq < alight_seq)
);
CREATE INDEX student_assignment_run_idx ON student_assignment (run_id);

CREATE TABLE schedule_unserved (
  schedule_id text NOT NULL REFERENCES schedule(id) ON DELETE CASCADE,
  student_id text NOT NULL REFERENCES student(id),
  direction text NOT NULL CHECK (direction IN ('home', 'return')),
  reason_code text NOT NULL,
  reason text NOT NULL,
  PRIMARY KEY (schedule_id, student_id, direction)
);

CREATE TABLE schedule_job (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  friday date NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  progress real NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
  message text NOT NULL DEFAULT '',
  request jsonb NOT NULL,
  schedule_id text REFERENCES schedule(id),
  error jsonb,
  requested_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE UNIQUE INDEX schedule_job_one_active_idx ON schedule_job (county_id, friday) WHERE status IN ('queued', 'running');

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  action text NOT NULL,
  before jsonb,
  after jsonb
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE api_token (
  id text PRIMARY KEY,
  county_id integer NOT NULL REFERENCES county(id),
  token_hash text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('coordinator', 'inspector', 'operator', 'school')),
  school_id text REFERENCES school(id),
  operator_id text REFERENCES operator(id),
  label text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_used_at timestamptz,
  CHECK ((role = 'school') = (school_id IS NOT NULL)),
  CHECK ((role = 'operator') = (operator_id IS NOT NULL))
);
`;

const DOWN = `
DROP TABLE api_token;
DROP TABLE audit_log;
DROP FUNCTION audit_log_append_only();
DROP TABLE schedule_job;
DROP TABLE schedule_unserved;
DROP TABLE student_assignment;
DROP TABLE schedule_transfer;
DROP TABLE run_stop;
DROP TABLE schedule_run;
DROP TABLE dismissal_slot;
DROP TABLE schedule;
DROP TABLE insurance;
DROP TABLE plate;
DROP TABLE rectification;
DROP TABLE inspection_item;
DROP TABLE inspection;
DROP TABLE checklist_item;
DROP TABLE driver;
DROP TABLE vehicle;
DROP TABLE operator;
DROP TABLE student;
DROP TABLE school_window;
DROP TABLE school;
DROP TABLE waterway_leg;
DROP TABLE road_segment;
DROP TABLE place;
DROP TABLE township;
DROP TABLE county;
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, UP);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, DOWN);
}
