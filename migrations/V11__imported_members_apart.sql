-- CineSync schema, part 11: imported community members apart from Discord members. Imported
-- MovieLens ratings were stored under the MovieLens user id itself (1, 2, ... 610), the same column
-- as Discord members' snowflakes, so a Discord member with a small id (a test client's, a bot's)
-- would have found MovieLens user 414's 2,698 ratings in their /my_stats, and rating a film would
-- have replaced that user's. An imported member is now stored under the negative of their id
-- (JdbcRatingRepository.Import): no Discord snowflake is negative. Taste profiles computed for an id
-- that imported ratings shared are dropped: /my_stats computes them again from the member's own.

DELETE FROM user_preferences p
WHERE EXISTS (SELECT 1 FROM ratings r WHERE r.discord_user_id = p.discord_user_id AND r.source = 'import');
UPDATE ratings SET discord_user_id = -discord_user_id WHERE source = 'import' AND discord_user_id > 0;

COMMENT ON COLUMN ratings.discord_user_id IS 'Discord user snowflake (64-bit, positive), or minus the MovieLens user id for imported ratings (source = import).';
