-- rasid corpus store, schema version 1.
--
-- One SQLite file holds a whole corpus: the articles as rasid processed them, a corpus-wide entity
-- registry that links the same person/organisation/place across articles, corpus-level quotations
-- (the same statement relayed by several outlets is one quote with many occurrences), events,
-- syndication clusters, full-text indexes and embeddings. Plain tables, so any SQL client or
-- datasette can open it. Conventions:
--   * dates are ISO 8601 text (YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS for timestamps), UTC;
--   * "start"/"end" are [start, end) character offsets into articles.text (Python str indices,
--     i.e. Unicode code points), so substr(text, start + 1, end - start) is the span's text;
--   * JSON columns hold JSON text (use json_each() / json_extract() in SQL);
--   * keys (columns named *key) are rasid.text.normalize() forms, the matching keys used for
--     linking and search; they are never shown to users.
-- The store opens with PRAGMA journal_mode=WAL and foreign_keys=ON. Rows of an article (mentions,
-- quote occurrences, events ...) are written in one transaction with the article itself.

-- Key/value facts about the store. Rows: 'application' = 'rasid' (marks a rasid database),
-- 'schema_version' (integer as text; migrations bring older stores up to date), 'created_at',
-- 'rasid_version' (the rasid that last wrote), 'embedding_model' (model of article_vectors).
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per article, the unit of ingest. Re-ingesting an article with the same id replaces it
-- (and all its dependent rows) instead of adding a copy.
CREATE TABLE IF NOT EXISTS articles (
    id           TEXT PRIMARY KEY,          -- the reader's article id (stable across re-ingests)
    docid        INTEGER NOT NULL UNIQUE,   -- stable integer id: rowid of articles_fts and
                                            -- article_vectors (never reused)
    url          TEXT,                      -- where it was published, when known
    title        TEXT,                      -- headline
    media        TEXT,                      -- outlet (newspaper, agency, site) name
    author       TEXT,
    published    TEXT,                      -- publication date from the input metadata
    date         TEXT,                      -- best known date (YYYY-MM-DD): published, else the
                                            -- document date rasid inferred, else a crawl date in
                                            -- the metadata; used by --since/--until and partitions
    language     TEXT,                      -- ISO 639-1 code detected by the pipeline
    source       TEXT,                      -- file path / record locator it was read from
    text         TEXT NOT NULL,             -- the clean text every offset points into
    doc          TEXT NOT NULL,             -- the full Article.to_dict() JSON (spans, warnings...)
    content_hash TEXT NOT NULL,             -- sha256 of the input (raw text + metadata) and the
                                            -- stage list: an unchanged article is skipped on re-run
    text_hash    TEXT NOT NULL,             -- sha256 of the normalised clean text: exact copies
    stages       TEXT NOT NULL,             -- comma-separated pipeline stages that ran
    cluster_id   INTEGER REFERENCES clusters(id) ON DELETE SET NULL,  -- syndication cluster, if any
    n_entities   INTEGER NOT NULL DEFAULT 0,  -- entity mentions in the article
    n_quotes     INTEGER NOT NULL DEFAULT 0,  -- quotations in the article
    n_events     INTEGER NOT NULL DEFAULT 0,  -- events in the article
    ingested_at  TEXT NOT NULL              -- when this version was written (UTC timestamp)
);
CREATE INDEX IF NOT EXISTS articles_media ON articles(media);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_cluster ON articles(cluster_id);
CREATE INDEX IF NOT EXISTS articles_text_hash ON articles(text_hash);

-- The corpus-wide entity registry: one row per real-world person, organisation, place or other
-- name, whatever the spelling in each article (بوتين / فلاديمير بوتين, ترامب / ترمب).
CREATE TABLE IF NOT EXISTS entities (
    id            INTEGER PRIMARY KEY,
    label         TEXT NOT NULL,            -- PER | ORG | LOC | MISC
    canonical     TEXT NOT NULL,            -- display name: the fullest, most frequent form
    key           TEXT NOT NULL,            -- normalize(canonical)
    kind          TEXT,                     -- fine class when known (Politician, Nation ...)
    nationality   TEXT,                     -- most frequent nationality adjective (people)
    aliases       TEXT NOT NULL DEFAULT '{}',  -- JSON {surface form: mentions}, forms as written
    roles         TEXT NOT NULL DEFAULT '{}',  -- JSON {role/title phrase: mentions}
                                               -- e.g. {"الرئيس الروسي": 41}
    mention_count INTEGER NOT NULL DEFAULT 0,  -- mentions over the corpus
    article_count INTEGER NOT NULL DEFAULT 0,  -- articles that mention it
    first_seen    TEXT,                     -- earliest articles.date it appears in
    last_seen     TEXT                      -- latest articles.date it appears in
);
CREATE UNIQUE INDEX IF NOT EXISTS entities_label_key ON entities(label, key);
CREATE INDEX IF NOT EXISTS entities_mentions ON entities(mention_count DESC);

-- Every name form that links to an entity, as rasid.corpus.linking keys it. kind says how:
-- 'name' (a full form: canonical, alias, spelling variant; one entity per label and key),
-- 'loose' (the form with interior alefs dropped, ترامب ~ ترمب; links only when one entity has it),
-- 'short' (a person's surname or "X بن Y" part; links only when one entity has it).
CREATE TABLE IF NOT EXISTS entity_keys (
    label     TEXT NOT NULL,
    key       TEXT NOT NULL,                -- e.g. "ترامب" for both ترمب and ترامب
    kind      TEXT NOT NULL,                -- name | loose | short
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (label, key, kind, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_keys_entity ON entity_keys(entity_id);

-- One row per entity mention in an article, linked to the corpus registry.
CREATE TABLE IF NOT EXISTS mentions (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,            -- [start, end) into articles.text
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,               -- the mention as written
    label      TEXT NOT NULL,               -- PER | ORG | LOC | MISC
    entity_id  INTEGER REFERENCES entities(id) ON DELETE SET NULL,  -- corpus entity
    local_id   TEXT,                        -- Entity.entity_id inside the article's JSON
    role       TEXT                         -- title phrase the article gives it here, if any
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);

-- Corpus-level statements: a quotation and its speaker, once, however many outlets carried it.
CREATE TABLE IF NOT EXISTS quotes (
    id                INTEGER PRIMARY KEY,
    speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,  -- NULL when unnamed
    speaker_name      TEXT,                 -- display name of the speaker ("" when unnamed)
    speaker_type      TEXT,                 -- person | organization | group | unnamed
    kind              TEXT NOT NULL,        -- direct | indirect | mixed (of the first occurrence)
    key               TEXT NOT NULL,        -- normalised words of the text (punctuation dropped)
    text              TEXT NOT NULL,        -- the statement as first reported
    first_date        TEXT,                 -- earliest date it was reported
    last_date         TEXT,                 -- latest date it was reported
    first_article_id  TEXT,                 -- article that reported it first
    count             INTEGER NOT NULL DEFAULT 0,  -- occurrences (articles x places in them)
    outlets           TEXT NOT NULL DEFAULT '[]'   -- JSON sorted list of media that carried it
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_entity_id);
CREATE INDEX IF NOT EXISTS quotes_first_date ON quotes(first_date);

-- Each place in an article where a corpus quote is reported.
CREATE TABLE IF NOT EXISTS quote_occurrences (
    id           INTEGER PRIMARY KEY,
    quote_id     INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL,          -- content span [start, end) into articles.text
    end          INTEGER NOT NULL,
    text         TEXT NOT NULL,             -- the content as this article words it
    kind         TEXT NOT NULL,             -- direct | indirect | mixed
    cue          TEXT,                      -- the reporting verb / cue as written (قال، أكد ...)
    speaker_text TEXT,                      -- the words naming the speaker here (NULL if implied)
    via          TEXT,                      -- medium that relayed it (نقلت وكالة ... عن), if any
    confidence   REAL NOT NULL DEFAULT 1.0,
    published    TEXT,                      -- articles.date, copied for fast timelines
    media        TEXT                       -- articles.media, copied for fast outlet counts
);
CREATE INDEX IF NOT EXISTS quote_occurrences_quote ON quote_occurrences(quote_id);
CREATE INDEX IF NOT EXISTS quote_occurrences_article ON quote_occurrences(article_id);

-- Events (talks, meetings, calls, visits, agreements, announcements) reported in an article.
CREATE TABLE IF NOT EXISTS events (
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type            TEXT NOT NULL,          -- event type (meeting, call, visit ...)
    trigger_start   INTEGER NOT NULL,       -- trigger word span [start, end) into articles.text
    trigger_end     INTEGER NOT NULL,
    trigger_text    TEXT NOT NULL,
    date            TEXT,                   -- resolved ISO date of the event, if known
    place_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    place_name      TEXT,                   -- display name of the place
    participants    TEXT NOT NULL DEFAULT '[]',  -- JSON list of corpus entity ids
    sentence        INTEGER,                -- index into the article's sentences
    confidence      REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_type_date ON events(type, date);

-- Who took part in an event (one row per participant, for joins with entities).
CREATE TABLE IF NOT EXISTS event_participants (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_participants_entity ON event_participants(entity_id);

-- Syndication clusters: wire copies and lightly edited re-publications of one story
-- (MinHash + LSH over word shingles of the normalised text). Only clusters of 2+ articles.
CREATE TABLE IF NOT EXISTS clusters (
    id               INTEGER PRIMARY KEY,
    size             INTEGER NOT NULL,      -- number of articles
    exact            INTEGER NOT NULL,      -- 1 when all members have identical text
    first_article_id TEXT,                  -- earliest member (by date, then id): the "original"
    first_date       TEXT,
    media            TEXT NOT NULL DEFAULT '[]'  -- JSON sorted list of outlets in the cluster
);

-- Duplicate pairs: each non-first member of a cluster against the cluster's first article.
CREATE TABLE IF NOT EXISTS duplicates (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    duplicate_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    cluster_id   INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    similarity   REAL NOT NULL,             -- estimated Jaccard similarity of word shingles
    exact        INTEGER NOT NULL,          -- 1 when the clean texts are identical
    PRIMARY KEY (article_id, duplicate_of)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS duplicates_cluster ON duplicates(cluster_id);

-- MinHash signature of each article (128 little-endian uint32), kept so that a later ingest links new
-- articles to old clusters without re-reading the old texts.
CREATE TABLE IF NOT EXISTS article_minhash (
    docid     INTEGER PRIMARY KEY,          -- articles.docid
    signature BLOB NOT NULL
);

-- Sentence embeddings for semantic search (one per article: title + lead), float32 little-endian.
CREATE TABLE IF NOT EXISTS article_vectors (
    docid  INTEGER PRIMARY KEY,             -- articles.docid
    model  TEXT NOT NULL,                   -- embedding model name
    vector BLOB NOT NULL
);

-- Full-text index of articles: tokens are rasid-normalised, Snowball-stemmed (names unstemmed);
-- rowid = articles.docid. Query it through rasid.store.search, which analyses queries the same way.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, entities, speakers,
    tokenize = "unicode61 remove_diacritics 0"
);

-- Full-text index of corpus quotes (text and speaker name), rowid = quotes.id.
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    text, speaker,
    tokenize = "unicode61 remove_diacritics 0"
);

-- One row per `rasid ingest` run: what was asked and what came of it.
CREATE TABLE IF NOT EXISTS ingest_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,                       -- NULL while running or if the run was killed
    paths       TEXT NOT NULL,              -- JSON list of the inputs given
    stages      TEXT NOT NULL,
    written     INTEGER NOT NULL DEFAULT 0, -- articles written (new or updated)
    skipped     INTEGER NOT NULL DEFAULT 0, -- unchanged articles skipped (resume)
    errors      INTEGER NOT NULL DEFAULT 0  -- inputs that failed
);

-- Inputs that failed during an ingest, with their coded error.
CREATE TABLE IF NOT EXISTS ingest_errors (
    run_id  INTEGER NOT NULL REFERENCES ingest_runs(id) ON DELETE CASCADE,
    place   TEXT NOT NULL,                  -- file / record locator
    code    TEXT NOT NULL,                  -- rasid error code (E1xx ...)
    message TEXT NOT NULL
);
