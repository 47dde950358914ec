-- CineSync schema, part 10: the other names a film goes by. A film is shown under one title (the
-- bundle's "Star Wars", "Se7en"), but members type the names they know, and MovieLens knows many
-- films by another one ("Star Wars: Episode IV - A New Hope", "Seven (a.k.a. Se7en)", "Hate (Haine,
-- La)"). Import keeps every such name here, folded as search_title is (TitleFolding), so that /rate
-- finds the film by any of them. A data directory imported before this version gets them the next
-- time the same files are imported.

CREATE TABLE movie_titles (
    search_title  TEXT   NOT NULL CHECK (length(search_title) BETWEEN 1 AND 300),
    movie_id      BIGINT NOT NULL REFERENCES movies (movie_id) ON DELETE CASCADE,
    PRIMARY KEY (search_title, movie_id)
);
COMMENT ON TABLE movie_titles IS 'Other names of a film, folded for search (TitleFolding): the title an imported catalog gives a film stored under another, and the names in a title''s parentheses. Never the film''s own search_title.';
CREATE INDEX movie_titles_prefix ON movie_titles (search_title text_pattern_ops);
CREATE INDEX movie_titles_movie ON movie_titles (movie_id);
