-- CineSync schema, part 3: the trained collaborative model and each member's hybrid blend.

CREATE TABLE model_versions (
    version        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           TEXT             NOT NULL DEFAULT 'ease' CHECK (kind IN ('ease')),
    status         TEXT             NOT NULL CHECK (status IN ('active', 'retired')),
    lambda         DOUBLE PRECISION NOT NULL CHECK (lambda > 0),
    dropout        DOUBLE PRECISION NOT NULL CHECK (dropout >= 0),
    min_ratings    INTEGER          NOT NULL CHECK (min_ratings >= 1),
    film_count     INTEGER          NOT NULL CHECK (film_count >= 0),
    trained_on     INTEGER          NOT NULL CHECK (trained_on >= 0),
    train_seconds  DOUBLE PRECISION NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ      NOT NULL DEFAULT now()
);
COMMENT ON TABLE model_versions IS 'Each trained collaborative model (EASE item-item weights, EaseTrainer): its hyper-parameters, how many films it covers and how many ratings it was trained on. Exactly one is active; saving a new one retires the previous in the same transaction.';
COMMENT ON COLUMN model_versions.dropout IS 'EDLAE diagonal emphasis delta: the Gram diagonal G_jj gets lambda + delta * G_jj.';
COMMENT ON COLUMN model_versions.min_ratings IS 'Films with fewer ratings than this at training time are not in the model.';
CREATE UNIQUE INDEX model_versions_one_active ON model_versions (status) WHERE status = 'active';

CREATE TABLE model_item_weights (
    version   BIGINT  NOT NULL REFERENCES model_versions (version) ON DELETE CASCADE,
    row_index INTEGER NOT NULL CHECK (row_index >= 0),
    movie_id  BIGINT  NOT NULL,
    weights   BYTEA   NOT NULL,
    PRIMARY KEY (version, row_index),
    UNIQUE (version, movie_id)
);
COMMENT ON TABLE model_item_weights IS 'Row B[row_index][*] of a model''s item-item matrix, float32 little-endian, one entry per film of the model in row_index order; movie_id is the film of the row (no foreign key: a model is a frozen snapshot, and a deleted film only stops being recommended).';

ALTER TABLE user_model_weights
    ADD COLUMN collab_weight     DOUBLE PRECISION CHECK (collab_weight >= 0),
    ADD COLUMN popularity_weight DOUBLE PRECISION CHECK (popularity_weight >= 0),
    ADD COLUMN trend_weight      DOUBLE PRECISION CHECK (trend_weight >= 0),
    ADD COLUMN content_weight    DOUBLE PRECISION CHECK (content_weight >= 0),
    ADD COLUMN model_version     BIGINT REFERENCES model_versions (version) ON DELETE SET NULL;
COMMENT ON COLUMN user_model_weights.collab_weight IS 'Hybrid blend (MemberWeightFitter): weight of the collaborative score; NULL until fitted. With popularity_weight, trend_weight and content_weight.';
COMMENT ON COLUMN user_model_weights.model_version IS 'The model version the hybrid blend was fitted against.';
CREATE INDEX user_model_weights_model ON user_model_weights (model_version);
