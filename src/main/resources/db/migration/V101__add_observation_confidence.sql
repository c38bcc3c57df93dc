-- How sure the extractor is of every attribute of a figure (0–1) and the codes of what lowered it; null for figures
-- stored before an extractor said so (re-extraction fills them). The review queue reads the doubtful ones.
ALTER TABLE observation ADD COLUMN confidence real CHECK (confidence BETWEEN 0 AND 1),
                        ADD COLUMN reasons text[];
CREATE INDEX observation_doubtful_idx ON observation (confidence) WHERE confidence < 0.9;
