-- CineSync schema, part 8: IMAX is not a genre. MovieLens lists it among the genres of the films it
-- knows were shown in that projection format; the one reader of MovieLens files (MovieLensFiles)
-- now leaves it out, and this takes it out of the films imported before, so that no taste profile,
-- pick or film line calls it one.
-- Those films' stored content vectors were built with it: they are marked as built by no recipe
-- (feature version 0), so the catalog snapshot builds them again from the films as they now are
-- (JdbcCatalogReader), until storing a film stores its vector again. The stored taste profiles that
-- list it among a member's genres are dropped: /my_stats computes them again, as after a rating.

UPDATE item_vectors v SET feature_version = 0
FROM movies m WHERE m.movie_id = v.movie_id AND 'IMAX' = ANY (m.genres);

UPDATE movies SET genres = array_remove(genres, 'IMAX') WHERE 'IMAX' = ANY (genres);

DELETE FROM user_preferences WHERE favorite_genres @> '[{"name": "IMAX"}]';
