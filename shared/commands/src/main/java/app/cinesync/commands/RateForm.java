package app.cinesync.commands;

import app.cinesync.discord.Label;
import app.cinesync.discord.Languages;
import app.cinesync.discord.Modal;
import app.cinesync.discord.Responses;
import app.cinesync.discord.SelectOption;
import app.cinesync.discord.StringSelect;
import app.cinesync.discord.TextInput;
import app.cinesync.discord.Texts;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The /rate form: a film title typed in, and the stars picked from half-star choices, 5 down to
 * ½. Every text a member reads is a component of this record, and the numbers in the choices
 * are written for {@code numbers}, so a translation is one more instance ({@link #in(Locale)},
 * from the router's catalog); what comes back on submit ({@link #CUSTOM_ID}, {@link #FILM},
 * {@link #STARS} and the choice values such as {@code 4.5}) never depends on the language.
 */
public record RateForm(String title, String filmLabel, String filmDescription, String filmPlaceholder,
                       String starsLabel, String starsPlaceholder, Locale numbers) {
    /** The form's custom id: a submit with this name is a rating. */
    public static final String CUSTOM_ID = Commands.RATE;
    /** The field holding the film, as the {@code movie} option of {@code /rate}. */
    public static final String FILM = Commands.MOVIE;
    /** The field holding the stars, as the {@code rating} option of {@code /rate}. */
    public static final String STARS = Commands.RATING;

    public static final RateForm ENGLISH = in(Languages.ENGLISH);

    /** The form in {@code language}'s words ({@code form.*} of {@link InteractionRouter#TEXTS}), its numbers written that way. */
    public static RateForm in(Locale language) {
        Texts t = Texts.of(InteractionRouter.TEXTS, language);
        return new RateForm(t.get("form.title"), t.get("form.film"), t.get("form.film.description"), t.get("form.film.placeholder"),
                t.get("form.stars"), t.get("form.stars.placeholder"), language);
    }

    /** The interaction response that opens the form (type 9). */
    public String response() {
        return Responses.modal(modal());
    }

    public Modal modal() {
        return new Modal(CUSTOM_ID, title, List.of(
                new Label(filmLabel, filmDescription, new TextInput(FILM, 1, 200, true, filmPlaceholder)),
                new Label(starsLabel, null, StringSelect.single(STARS, starsPlaceholder, starChoices(numbers)))));
    }

    /** "★★★★★ 5" down to "½ 0.5", with values "5" down to "0.5"; the numbers written for {@code numbers}. */
    public static List<SelectOption> starChoices(Locale numbers) {
        NumberFormat format = NumberFormat.getNumberInstance(numbers);
        format.setMaximumFractionDigits(1);
        List<SelectOption> choices = new ArrayList<>();
        for (int halves = 10; halves >= 1; halves--) {
            double stars = halves / 2.0;
            String glyphs = "★".repeat(halves / 2) + (halves % 2 == 1 ? "½" : "");
            String value = halves % 2 == 0 ? Integer.toString(halves / 2) : Double.toString(stars);
            choices.add(new SelectOption(glyphs + "  " + format.format(stars), value));
        }
        return choices;
    }
}
