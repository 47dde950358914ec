-- CineSync schema, part 9: one film per film. Before the bundled catalog carried IMDb ids, importing
-- MovieLens ml-latest-small over it (README) stored these 31 bundled films twice: the bundled copy
-- ("Star Wars", 1977, with the ratings members gave it) and the imported one ("Star Wars: Episode IV
-- - A New Hope", with the community's), their titles or years being written differently. The
-- importer now knows a film by its IMDb id; this merges the two copies already stored into the
-- imported one, as importing over the bundle now does:
--   * the ratings: a member who rated both copies keeps the newer rating (rating again replaces);
--   * the "Not for me" and "haven't seen it" answers;
--   * the bundle's title and year (the names members know), and its genres, directors, cast and tags
--     where the import had none; the rating counters counted again from the ratings;
--   * the content vector marked as built by no recipe (feature version 0), so that the catalog
--     snapshot builds it from the merged film (JdbcCatalogReader) until the film is stored again.
-- Members' taste vectors stay as they are: they hold the bundled copy's content vector (same
-- directors and cast), and one who rated both copies counts the film twice in theirs.
-- A catalog without both copies of a film changes nothing here; the importer itself gives the
-- bundled films stored without their IMDb id their id before it imports.

CREATE TEMPORARY TABLE bundled_film (title TEXT NOT NULL, year SMALLINT NOT NULL, imdb_id TEXT NOT NULL) ON COMMIT DROP;
INSERT INTO bundled_film (title, year, imdb_id) VALUES
    ('The Lodger', 1927, 'tt0017075'),
    ('Man with a Movie Camera', 1929, 'tt0019760'),
    ('Sunset Boulevard', 1950, 'tt0043014'),
    ('Les Diaboliques', 1955, 'tt0046911'),
    ('Pather Panchali', 1955, 'tt0048473'),
    ('Night and Fog', 1956, 'tt0048434'),
    ('Jules and Jim', 1962, 'tt0055032'),
    ('8½', 1963, 'tt0056801'),
    ('MASH', 1970, 'tt0066026'),
    ('The Texas Chain Saw Massacre', 1974, 'tt0072271'),
    ('Star Wars', 1977, 'tt0076759'),
    ('The Empire Strikes Back', 1980, 'tt0080684'),
    ('Return of the Jedi', 1983, 'tt0086190'),
    ('Castle in the Sky', 1986, 'tt0092067'),
    ('Cinema Paradiso', 1988, 'tt0095765'),
    ('Bram Stoker''s Dracula', 1992, 'tt0103874'),
    ('Three Colours: Blue', 1993, 'tt0108394'),
    ('Three Colours: Red', 1994, 'tt0111495'),
    ('La Haine', 1995, 'tt0113247'),
    ('Se7en', 1995, 'tt0114369'),
    ('Harry Potter and the Philosopher''s Stone', 2001, 'tt0241527'),
    ('Y tu mamá también', 2001, 'tt0245574'),
    ('Oldboy', 2003, 'tt0364569'),
    ('V for Vendetta', 2005, 'tt0434409'),
    ('The Hurt Locker', 2009, 'tt0887912'),
    ('The Intouchables', 2011, 'tt1675434'),
    ('Blue Is the Warmest Colour', 2013, 'tt2278871'),
    ('Birdman', 2014, 'tt2562232'),
    ('Ex Machina', 2014, 'tt0470752'),
    ('Moonlight', 2016, 'tt4975722'),
    ('Black Panther', 2018, 'tt1825683');

CREATE TEMPORARY TABLE film_merge ON COMMIT DROP AS
SELECT b.movie_id AS bundled, i.movie_id AS kept, b.title, b.search_title, b.year, b.genres, b.directors, b.cast_members, b.tags
FROM bundled_film f
JOIN movies b ON b.title = f.title AND b.year = f.year AND b.imdb_id IS NULL AND b.movielens_id IS NULL
JOIN movies i ON i.imdb_id = f.imdb_id;

-- a member who rated both copies keeps the newer rating
DELETE FROM ratings r USING film_merge f, ratings other
WHERE r.movie_id = f.bundled AND other.movie_id = f.kept AND other.discord_user_id = r.discord_user_id
  AND other.rated_at >= r.rated_at;
DELETE FROM ratings r USING film_merge f, ratings other
WHERE r.movie_id = f.kept AND other.movie_id = f.bundled AND other.discord_user_id = r.discord_user_id;
UPDATE ratings r SET movie_id = f.kept FROM film_merge f WHERE r.movie_id = f.bundled;

INSERT INTO recommendation_feedback (discord_user_id, movie_id, kind, created_at)
SELECT x.discord_user_id, f.kept, x.kind, x.created_at FROM recommendation_feedback x JOIN film_merge f ON x.movie_id = f.bundled
ON CONFLICT (discord_user_id, movie_id) DO NOTHING;
INSERT INTO quick_rate_skips (discord_user_id, movie_id, created_at)
SELECT x.discord_user_id, f.kept, x.created_at FROM quick_rate_skips x JOIN film_merge f ON x.movie_id = f.bundled
ON CONFLICT (discord_user_id, movie_id) DO NOTHING;

-- the bundled copy goes (its content vector, answers and skips with it), then the film takes its names
DELETE FROM movies m USING film_merge f WHERE m.movie_id = f.bundled;
UPDATE movies m SET title = f.title, search_title = f.search_title, year = f.year,
    genres = CASE WHEN cardinality(m.genres) > 0 THEN m.genres ELSE f.genres END,
    directors = CASE WHEN cardinality(m.directors) > 0 THEN m.directors ELSE f.directors END,
    cast_members = CASE WHEN cardinality(m.cast_members) > 0 THEN m.cast_members ELSE f.cast_members END,
    tags = CASE WHEN cardinality(m.tags) > 0 THEN m.tags ELSE f.tags END,
    rating_count = (SELECT count(*) FROM ratings r WHERE r.movie_id = m.movie_id),
    rating_sum = (SELECT coalesce(sum(r.rating), 0) FROM ratings r WHERE r.movie_id = m.movie_id)
FROM film_merge f WHERE m.movie_id = f.kept;
UPDATE item_vectors v SET feature_version = 0 FROM film_merge f WHERE v.movie_id = f.kept;
