-- Schema 3: the working-day calendar entered by users and custom provision profiles.
CREATE TABLE calendar_year (
    year INTEGER PRIMARY KEY,
    non_working TEXT NOT NULL DEFAULT '[]', -- ISO dates of non-working weekdays (holidays, transfers)
    working TEXT NOT NULL DEFAULT '[]',     -- ISO dates of weekend days made working
    source TEXT NOT NULL DEFAULT ''         -- the decree, e.g. «Постановление Правительства РФ от …»
);

CREATE TABLE profile (
    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    name TEXT NOT NULL,
    base TEXT NOT NULL,                     -- the built-in profile it was copied from
    parameters TEXT NOT NULL DEFAULT '{}'   -- JSON, the same shape as the built-in profile files
);
