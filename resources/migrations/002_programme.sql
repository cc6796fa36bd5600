-- Schema 2: orders, pairs and groups with their events, individual plans and meetings.
CREATE TABLE orders (
    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    position INTEGER NOT NULL DEFAULT 0,
    number TEXT NOT NULL DEFAULT '',
    date TEXT,
    type TEXT NOT NULL,
    heading TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX orders_date ON orders(date);

CREATE TABLE pair (
    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    position INTEGER NOT NULL DEFAULT 0,
    form TEXT NOT NULL,
    mentor_id TEXT NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    start TEXT,
    planned_end TEXT,
    actual_end TEXT,
    order_id TEXT REFERENCES orders(id) ON DELETE SET NULL,
    has_plan INTEGER NOT NULL DEFAULT 0 CHECK (has_plan IN (0, 1)),
    plan_approved TEXT,
    report_date TEXT,
    mentee_questionnaire TEXT,
    title TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    CHECK (planned_end IS NULL OR start IS NULL OR planned_end >= start),
    CHECK (actual_end IS NULL OR start IS NULL OR actual_end >= start)
);
CREATE INDEX pair_mentor ON pair(mentor_id);
CREATE INDEX pair_order ON pair(order_id);

CREATE TABLE pair_mentee (
    pair_id TEXT NOT NULL REFERENCES pair(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (pair_id, person_id)
);
CREATE INDEX pair_mentee_person ON pair_mentee(person_id);

CREATE TABLE pair_event (
    id INTEGER PRIMARY KEY,
    pair_id TEXT NOT NULL REFERENCES pair(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    type TEXT NOT NULL CHECK (type IN ('replacement', 'extension', 'early_completion')),
    date TEXT,
    new_mentor_id TEXT REFERENCES person(id) ON DELETE RESTRICT,
    ground TEXT NOT NULL DEFAULT '',
    order_id TEXT REFERENCES orders(id) ON DELETE SET NULL,
    new_end TEXT,
    reason TEXT NOT NULL DEFAULT '',
    notice_date TEXT,
    initiator TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pair_event_pair ON pair_event(pair_id);
CREATE INDEX pair_event_mentor ON pair_event(new_mentor_id);

CREATE TABLE plan_item (
    id INTEGER PRIMARY KEY,
    pair_id TEXT NOT NULL REFERENCES pair(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    expected TEXT NOT NULL DEFAULT '',
    due TEXT,
    done TEXT,
    result TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled'))
);
CREATE INDEX plan_item_pair ON plan_item(pair_id);

CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    pair_id TEXT NOT NULL REFERENCES pair(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('first', 'trial', 'planning', 'regular', 'final')),
    topic TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_pair ON meeting(pair_id, date);

CREATE TABLE order_pair (
    order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    pair_id TEXT NOT NULL REFERENCES pair(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (order_id, pair_id)
);
CREATE INDEX order_pair_pair ON order_pair(pair_id);

CREATE TABLE order_person (
    order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (order_id, person_id)
);
CREATE INDEX order_person_person ON order_person(person_id);

-- The preference survey after the group meeting (002, roadmap): who would like whom.
CREATE TABLE preference (
    id INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    preferred_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    rank INTEGER NOT NULL DEFAULT 1,
    date TEXT,
    UNIQUE (person_id, preferred_id)
);
