-- Schema: the roadmap (002 Приложение 1), questionnaires with their versions and answers,
-- entry and final tests (000 5.3.1), the curator's SWOT per form and half-year (002 5.1, 8.1)
-- and the saved half-yearly evaluations (002 8.2). Lists are JSON arrays of texts.
-- References to people are plain (NO ACTION): deleting a person the monitoring refers to is
-- refused (PeopleRepository explains why); they are deferred while a whole dataset is replaced.
CREATE TABLE roadmap (
    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    year INTEGER NOT NULL DEFAULT 0,
    order_id TEXT REFERENCES orders(id) ON DELETE SET NULL
);

CREATE TABLE roadmap_stage (
    roadmap_id TEXT NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (roadmap_id, position)
);

CREATE TABLE roadmap_activity (
    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    roadmap_id TEXT NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
    stage INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    start TEXT,
    finish TEXT,
    responsible_id TEXT REFERENCES person(id),
    result TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
    done TEXT,
    note TEXT NOT NULL DEFAULT '',
    CHECK (finish IS NULL OR start IS NULL OR finish >= start)
);
CREATE INDEX roadmap_activity_roadmap ON roadmap_activity(roadmap_id, stage, position);
CREATE INDEX roadmap_activity_responsible ON roadmap_activity(responsible_id);
CREATE INDEX roadmap_activity_finish ON roadmap_activity(finish);

CREATE TABLE questionnaire (
    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    position INTEGER NOT NULL DEFAULT 0,
    family TEXT NOT NULL CHECK (family <> ''),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    title TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT 'custom',
    respondent TEXT NOT NULL DEFAULT 'mentee',
    clause TEXT NOT NULL DEFAULT '',
    intro TEXT NOT NULL DEFAULT '',
    created TEXT,
    UNIQUE (family, version)
);

CREATE TABLE question (
    questionnaire_id TEXT NOT NULL REFERENCES questionnaire(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    id TEXT NOT NULL CHECK (id <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('scale', 'single', 'multiple', 'text')),
    text TEXT NOT NULL DEFAULT '',
    options TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (questionnaire_id, id)
);

CREATE TABLE response (
    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    position INTEGER NOT NULL DEFAULT 0,
    questionnaire_id TEXT NOT NULL REFERENCES questionnaire(id),
    person_id TEXT REFERENCES person(id),
    pair_id TEXT REFERENCES pair(id) ON DELETE SET NULL,
    date TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX response_questionnaire ON response(questionnaire_id);
CREATE INDEX response_person ON response(person_id);
CREATE INDEX response_pair ON response(pair_id);

CREATE TABLE answer (
    response_id TEXT NOT NULL REFERENCES response(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    question_id TEXT NOT NULL,
    scale INTEGER CHECK (scale IS NULL OR (scale >= 1 AND scale <= 10)),
    choices TEXT NOT NULL DEFAULT '[]',
    text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (response_id, question_id)
);

-- A question that has been answered keeps its meaning: the application makes a new version of
-- the questionnaire instead, and these refuse any change that slips past it.
CREATE TRIGGER question_answered_update BEFORE UPDATE ON question
WHEN EXISTS (SELECT 1 FROM response WHERE questionnaire_id = OLD.questionnaire_id)
BEGIN
    SELECT RAISE(ABORT, 'the questionnaire has answers: edit it as a new version');
END;
CREATE TRIGGER question_answered_delete BEFORE DELETE ON question
WHEN EXISTS (SELECT 1 FROM response WHERE questionnaire_id = OLD.questionnaire_id)
BEGIN
    SELECT RAISE(ABORT, 'the questionnaire has answers: edit it as a new version');
END;

CREATE TABLE knowledge_test (
    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    max_score REAL NOT NULL DEFAULT 100 CHECK (max_score > 0),
    form TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE test_result (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    test_id TEXT NOT NULL REFERENCES knowledge_test(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES person(id),
    pair_id TEXT REFERENCES pair(id) ON DELETE SET NULL,
    stage TEXT NOT NULL CHECK (stage IN ('entry', 'final')),
    date TEXT,
    score REAL NOT NULL CHECK (score >= 0),
    UNIQUE (test_id, person_id, stage)
);
CREATE INDEX test_result_person ON test_result(person_id);
CREATE INDEX test_result_pair ON test_result(pair_id);

CREATE TABLE swot (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    form TEXT NOT NULL DEFAULT '',
    period TEXT NOT NULL CHECK (period <> ''),
    date TEXT,
    strengths TEXT NOT NULL DEFAULT '[]',
    weaknesses TEXT NOT NULL DEFAULT '[]',
    opportunities TEXT NOT NULL DEFAULT '[]',
    threats TEXT NOT NULL DEFAULT '[]',
    UNIQUE (form, period)
);

CREATE TABLE evaluation (
    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    position INTEGER NOT NULL DEFAULT 0,
    period TEXT NOT NULL CHECK (period <> ''),
    form TEXT NOT NULL DEFAULT '',
    date TEXT,
    conclusions TEXT NOT NULL DEFAULT ''
);

CREATE TABLE evaluation_indicator (
    evaluation_id TEXT NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    indicator TEXT NOT NULL,
    value REAL,
    numerator INTEGER NOT NULL DEFAULT 0,
    denominator INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (evaluation_id, indicator)
);
