-- CineSync schema, part 2: what the engine learns per film and per member.

CREATE TABLE item_vectors (
    movie_id        BIGINT      PRIMARY KEY REFERENCES movies (movie_id) ON DELETE CASCADE,
    dimension       SMALLINT    NOT NULL CHECK (dimension > 0),
    feature_version SMALLINT    NOT NULL,
    vector          BYTEA       NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (length(vector) = 4 * dimension)
);
COMMENT ON TABLE item_vectors IS 'Content vector of each film (genres, directors, cast, decade, tags hashed into 256 dimensions, L2-normalised), float32 little-endian. Rebuilt when feature_version changes.';

CREATE TABLE user_embeddings (
    discord_user_id BIGINT      PRIMARY KEY,
    dimension       SMALLINT    NOT NULL CHECK (dimension > 0),
    embedding       BYTEA       NOT NULL,
    update_count    BIGINT      NOT NULL DEFAULT 0 CHECK (update_count >= 0),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (length(embedding) = 4 * dimension)
);
COMMENT ON TABLE user_embeddings IS 'Each member''s taste vector in the item-vector space, float32 little-endian; created on the first rating and moved by every rating (EmbeddingUpdater). update_count counts the ratings applied.';
CREATE INDEX user_embeddings_updated ON user_embeddings (updated_at DESC);

CREATE TABLE user_preferences (
    discord_user_id    BIGINT           PRIMARY KEY,
    favorite_genres    JSONB            NOT NULL DEFAULT '[]',
    favorite_directors JSONB            NOT NULL DEFAULT '[]',
    favorite_actors    JSONB            NOT NULL DEFAULT '[]',
    favorite_decades   JSONB            NOT NULL DEFAULT '[]',
    rating_behavior    JSONB            NOT NULL DEFAULT '{}',
    diversity_score    DOUBLE PRECISION CHECK (diversity_score BETWEEN 0 AND 1),
    ratings_analyzed   INTEGER          NOT NULL DEFAULT 0,
    last_rating_at     TIMESTAMPTZ,
    computed_at        TIMESTAMPTZ      NOT NULL DEFAULT now()
);
COMMENT ON TABLE user_preferences IS 'Each member''s taste profile as PreferenceAnalyzer computes it (ProfileFunction, after each rating). last_rating_at is the newest rating it saw: a profile older than the member''s newest rating is stale and /my_stats recomputes it.';

CREATE TABLE user_model_weights (
    discord_user_id BIGINT           PRIMARY KEY,
    personal_weight DOUBLE PRECISION NOT NULL CHECK (personal_weight BETWEEN 0 AND 1),
    base_weight     DOUBLE PRECISION NOT NULL CHECK (base_weight BETWEEN 0 AND 1),
    fitted_on       INTEGER          NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ      NOT NULL DEFAULT now()
);
COMMENT ON TABLE user_model_weights IS 'Per-member blend of the personal score and the base model score, fitted from the member''s own ratings (BlendFitter); fitted_on is how many ratings the fit used.';

CREATE TABLE applied_interactions (
    interaction_id  BIGINT      PRIMARY KEY,
    discord_user_id BIGINT      NOT NULL,
    applied_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON TABLE applied_interactions IS 'Discord interaction ids whose rating has been applied, written in the rating''s own transaction: a redelivered or retried interaction is recognised and never applied twice. Rows older than the 15-minute interaction token lifetime may be deleted.';
CREATE INDEX applied_interactions_time ON applied_interactions (applied_at);
