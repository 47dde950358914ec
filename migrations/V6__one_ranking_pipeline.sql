-- CineSync schema, part 6: one ranking pipeline. Members' blends are no longer fitted and stored:
-- the ranking adapts to each member from their history at request time (RankingConfig), so the
-- per-member weights table goes.

DROP TABLE user_model_weights;

COMMENT ON TABLE recommendation_feedback IS 'A member''s "Not for me" on a recommended film: never recommended to them again. Not a rating: it changes no film''s rating counters and no taste profile.';
