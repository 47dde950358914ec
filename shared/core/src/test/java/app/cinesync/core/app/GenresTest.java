package app.cinesync.core.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cinesync.discord.CommandInteraction;
import app.cinesync.discord.InteractionContext;
import app.cinesync.discord.Languages;
import app.cinesync.discord.Texts;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Genres are English data in the catalog, shown and understood in every language. */
class GenresTest {
    private static CommandInteraction recommendations(String genre, String locale) {
        return CommandInteraction.slash(InteractionContext.of(3).withLocale(locale), "my_recommendations", Map.of("genre", genre));
    }

    @Test
    void aGenre_isFoundByItsNameInAnyLanguage_ignoringCaseAccentsAndHyphens() {
        assertThat(Genres.find("Science-fiction")).contains("Sci-Fi");
        assertThat(Genres.find("ciencia ficcion")).contains("Sci-Fi");
        assertThat(Genres.find("scifi")).contains("Sci-Fi");
        assertThat(Genres.find("Comédie musicale")).contains("Musical");
        assertThat(Genres.find("KOMÖDIE")).contains("Comedy");
        assertThat(Genres.find("Faroeste")).contains("Western");
        assertThat(Genres.find("film noir")).contains("Film-Noir");
        assertThat(Genres.find("Suspense")).contains("Thriller");
        assertThat(Genres.find("Bollywood")).isEmpty();
    }

    @Test
    void everyGenre_hasANameInEveryLanguage_thatFindsItBack() {
        for (Locale language : Languages.SUPPORTED) {
            Texts t = Texts.of(Replies.TEXTS, language);
            for (String genre : Genres.ALL) {
                assertThat(Genres.find(Genres.name(genre, t))).as("%s in %s", genre, language).contains(genre);
            }
        }
    }

    @Test
    void myRecommendations_takesATranslatedGenre_andAnUnknownOneIsAnsweredWithTheGenresInTheMembersLanguage() {
        assertThat(RecommendCommand.fromOptions(recommendations("Comédie", "fr")).genre()).isEqualTo("Comedy");

        assertThatThrownBy(() -> RecommendCommand.fromOptions(recommendations("Nouvelle Vague", "fr")))
                .isInstanceOfSatisfying(Genres.UnknownGenreException.class, e -> assertThat(Mistakes.describe(e, Texts.of(Replies.TEXTS, Locale.FRENCH)))
                        .get().asString()
                        .startsWith("Je ne connais pas le genre **Nouvelle Vague**. Genres\u00a0: Action, Aventure, Animation, Jeunesse, Comédie")
                        .endsWith("Guerre, Western."));
    }
}
