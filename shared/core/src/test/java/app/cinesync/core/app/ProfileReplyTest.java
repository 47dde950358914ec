package app.cinesync.core.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.preference.PreferenceAnalyzer;
import app.cinesync.core.preference.RatedMovie;
import app.cinesync.discord.Embed;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code /my_stats} on planted ratings: one favourite rule in every section, at every number of ratings, said in the footer. */
class ProfileReplyTest {
    private static final Movie SE7EN = film("Se7en", 1995, List.of("Crime", "Mystery", "Thriller"), "David Fincher",
            List.of("Brad Pitt", "Morgan Freeman"));
    private static final Movie GOODFELLAS = film("Goodfellas", 1990, List.of("Crime", "Drama"), "Martin Scorsese", List.of("Ray Liotta"));
    private static final Movie HOME_ALONE = film("Home Alone", 1990, List.of("Children", "Comedy"), "Chris Columbus", List.of("Macaulay Culkin"));
    private static final Movie TOTAL_RECALL = film("Total Recall", 1990, List.of("Action", "Sci-Fi"), "Paul Verhoeven", List.of("Sharon Stone"));
    private static final Movie LAMBS = film("The Silence of the Lambs", 1991, List.of("Crime", "Horror"), "Jonathan Demme", List.of("Jodie Foster"));
    private static final Movie SCISSORHANDS = film("Edward Scissorhands", 1990, List.of("Drama", "Fantasy"), "Tim Burton", List.of("Johnny Depp"));

    private static Movie film(String title, int year, List<String> genres, String director, List<String> cast) {
        return new Movie(0, title, year, genres, List.of(director), cast, List.of(), null, null, null);
    }

    private static RatedMovie rated(Movie m, double stars) {
        return new RatedMovie(m, stars, Double.NaN, new SparseVector(3, new int[] {m.title().length() % 3}, new float[] {1f}));
    }

    private static Embed stats(Locale language, RatedMovie... ratings) {
        return Replies.in(language).stats(PreferenceAnalyzer.analyze(1, List.of(ratings), Instant.EPOCH, Instant.EPOCH), "QA")
                .embeds().getFirst();
    }

    /** Favourite genres, decades, directors, actors: the first four fields. */
    private static List<String> favourites(Embed e) {
        return e.fields().subList(0, 4).stream().map(Embed.Field::value).toList();
    }

    @Test
    void oneRatingOfALikedFilm_isAFavouriteInEverySection_andTheFooterSaysWhy() {
        Embed e = stats(Locale.ENGLISH, rated(SE7EN, 4.5));

        assertThat(favourites(e)).containsExactly("Crime (1, avg 4.5★)\nMystery (1, avg 4.5★)\nThriller (1, avg 4.5★)",
                "1990s (1, avg 4.5★)", "David Fincher (1, avg 4.5★)", "Brad Pitt (1, avg 4.5★)\nMorgan Freeman (1, avg 4.5★)");
        assertThat(e.footer()).isEqualTo("From 1 rating\n"
                + "Favourites: what you rate above your average (4.50★), or at it when that is 3.5★ or more.");
    }

    @Test
    void oneRatingOfADislikedFilm_makesNoFavourite_andSaysNothingStandsOut_notThatRatingsAreMissing() {
        Embed e = stats(Locale.ENGLISH, rated(SE7EN, 2));

        assertThat(favourites(e)).containsOnly("Nothing stands out yet.");
        assertThat(e.footer()).endsWith("what you rate above your average (2.00★), or at it when that is 3.5★ or more.");
    }

    @Test
    void fourRatingsAllFromThe1990s_atAnAverageBelowALiking_inFrench_haveNoFavouriteDecade_andSayNothingStandsOut() {
        Embed e = stats(Locale.FRENCH, rated(GOODFELLAS, 4), rated(HOME_ALONE, 2), rated(TOTAL_RECALL, 3.5), rated(LAMBS, 3.5)); // 3.25

        assertThat(favourites(e).get(1)).isEqualTo("Rien ne ressort encore.");
        assertThat(favourites(e).get(0)).startsWith("Drame (1, moy. 4,0★)\nPolicier (2, moy. 3,8★)"); // above their 3.25
        assertThat(e.footer()).isEqualTo("D’après 4 notes\nPréférés\u00a0: ce que vous notez au-dessus de votre moyenne (3,25★),"
                + " ou pile à votre moyenne quand elle est d’au moins 3,5★.");
    }

    @Test
    void fiveRatingsAllFromThe1990s_atALikedAverage_haveThe1990sAsFavourite_andTheFooterSaysItIsTheirAverage() {
        Embed e = stats(Locale.ENGLISH, rated(GOODFELLAS, 4), rated(HOME_ALONE, 2.5), rated(TOTAL_RECALL, 3.5), rated(LAMBS, 4.5),
                rated(SCISSORHANDS, 3.5)); // 3.6

        assertThat(favourites(e).get(1)).isEqualTo("1990s (5, avg 3.6★)");
        assertThat(e.footer()).endsWith("Favourites: what you rate above your average (3.60★), or at it when that is 3.5★ or more.");
    }
}
