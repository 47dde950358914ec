-- CineSync schema, part 7: what the community rated lately. The catalog snapshot counts each
-- film's ratings of the last year (RecentRatings, TrendScorer) whenever it reloads, once a minute
-- per warm container; this index keeps that a range scan as the ratings table grows.

CREATE INDEX ratings_time ON ratings (rated_at);
