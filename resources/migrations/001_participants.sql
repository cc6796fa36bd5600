-- Schema 1: the organisation and the bases of participants (people, credentials, consents).
-- Dates are ISO text (YYYY-MM-DD); NULL means "not known / not done". Ids of people and
-- consents are the exchange format's ids.
PRAGMA application_id = 1312904020;

CREATE TABLE app_meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE id_sequence (
    kind TEXT PRIMARY KEY,
    next INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE person (
    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    last_name TEXT NOT NULL CHECK (trim(last_name) <> ''),
    first_name TEXT NOT NULL DEFAULT '',
    middle_name TEXT NOT NULL DEFAULT '',
    birth_date TEXT CHECK (birth_date IS NULL OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'm', 'f')),
    kind TEXT NOT NULL DEFAULT 'other',
    external INTEGER NOT NULL DEFAULT 0 CHECK (external IN (0, 1)),
    position TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    supervisor_id TEXT REFERENCES person(id) ON DELETE RESTRICT,
    pedagogical_years INTEGER CHECK (pedagogical_years IS NULL OR pedagogical_years >= 0),
    managerial_years INTEGER CHECK (managerial_years IS NULL OR managerial_years >= 0),
    methodical_years INTEGER CHECK (methodical_years IS NULL OR methodical_years >= 0),
    disciplinary_sanction INTEGER NOT NULL DEFAULT 0 CHECK (disciplinary_sanction IN (0, 1)),
    mentee_categories TEXT NOT NULL DEFAULT '[]',
    mentor_base INTEGER NOT NULL DEFAULT 0 CHECK (mentor_base IN (0, 1)),
    mentee_base INTEGER NOT NULL DEFAULT 0 CHECK (mentee_base IN (0, 1)),
    request TEXT NOT NULL DEFAULT '',
    competencies TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    name_forms TEXT NOT NULL DEFAULT '{}',
    -- lower-case «surname name patronymic position» with ё folded to е, for search as you type
    search_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX person_name ON person(last_name, first_name, middle_name);
CREATE INDEX person_supervisor ON person(supervisor_id);
CREATE INDEX person_kind ON person(kind);

CREATE TABLE credential (
    id INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    type TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    issued TEXT,
    valid_until TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX credential_person ON credential(person_id);

CREATE TABLE consent (
    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    position INTEGER NOT NULL DEFAULT 0,
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    signed_by TEXT REFERENCES person(id) ON DELETE RESTRICT,
    date TEXT,
    withdrawn TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consent_person ON consent(person_id);
CREATE INDEX consent_signed_by ON consent(signed_by);

CREATE TABLE organization (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    short_name TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    head_id TEXT REFERENCES person(id) ON DELETE RESTRICT,
    head_position TEXT NOT NULL DEFAULT 'Директор',
    curator_id TEXT REFERENCES person(id) ON DELETE RESTRICT,
    profile TEXT NOT NULL DEFAULT 'school',
    order_suffix TEXT NOT NULL DEFAULT 'о'
);
INSERT INTO organization (id) VALUES (1);
