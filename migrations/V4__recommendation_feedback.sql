-- CineSync schema, part 4: what members tell us about recommendations besides ratings.

CREATE TABLE recommendation_feedback (
    discord_user_id BIGINT      NOT NULL,
    movie_id        BIGINT      NOT NULL REFERENCES movies (movie_id) ON DELETE CASCADE,
    kind            TEXT        NOT NULL DEFAULT 'not_for_me' CHECK (kind IN ('not_for_me')),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (discord_user_id, movie_id)
);
COMMENT ON TABLE recommendation_feedback IS 'A member''s "Not for me" on a recommended film: never recommended to them again, and a negative example (as 0.5 stars) when their blend weights are fitted. Not a rating: it changes no film''s rating counters and no taste profile.';
