-- CineSync schema, part 6: one ranking pipeline. Members' blends are no longer fitted and stored:
-- the ranking adapts to each member from their history at request time (RankingConfig), so the
-- per-member weights table goes.

DROP TABLE user_model_weights;

COMMENT ON TABLE recommendation_feedback IS 'A member''s "Not for me" on a recommended film: never recommended to them again. Not a rating: it changes no film''s rating counters and no taste profile.';

CREATE TABLE quick_rate_skips (
    discord_user_id BIGINT      NOT NULL,
    movie_id        BIGINT      NOT NULL REFERENCES movies (movie_id) ON DELETE CASCADE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (discord_user_id, movie_id)
);
COMMENT ON TABLE quick_rate_skips IS 'Films a member answered "haven''t seen it" in the quick-rate set (QuickRate): never offered to them for rating again. Not a dismissal: the film may still be recommended.';

ALTER TABLE model_item_weights ADD COLUMN rating_entropy REAL NOT NULL DEFAULT 0 CHECK (rating_entropy >= 0);
COMMENT ON COLUMN model_item_weights.rating_entropy IS 'Entropy (nats) of the film''s ratings over the ten half-star values when the model was trained: how telling a member''s rating of it is (the quick-rate set asks popular, divisive films). 0 for models trained before it was kept.';
