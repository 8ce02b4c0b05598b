-- Borderwatch schema, version 4: when each source was published, a second (archived) address,
-- and for each crossing its importance rank, the radius of its position's uncertainty, its names in
-- the languages of both sides (a JSON array) and the day its status starts being tracked.
-- Existing rows keep NULL (undated, unranked) and an empty list of names.

ALTER TABLE sources ADD COLUMN published TEXT;          -- 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'
ALTER TABLE sources ADD COLUMN undated_reason TEXT;
ALTER TABLE sources ADD COLUMN archive_url TEXT;

ALTER TABLE crossings ADD COLUMN uncertainty_m REAL CHECK (uncertainty_m IS NULL OR uncertainty_m >= 0);
ALTER TABLE crossings ADD COLUMN rank INTEGER CHECK (rank IS NULL OR rank >= 1);
ALTER TABLE crossings ADD COLUMN rank_note TEXT;
ALTER TABLE crossings ADD COLUMN names TEXT NOT NULL DEFAULT '[]';
ALTER TABLE crossings ADD COLUMN tracked_from TEXT;
ALTER TABLE crossings ADD COLUMN untracked_reason TEXT;
