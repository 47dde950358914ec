package app.cinesync.commands;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.discord.InteractionParser;
import app.cinesync.discord.MemberInteraction;
import app.cinesync.discord.ModalSubmitInteraction;
import app.cinesync.discord.SelectOption;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The /rate form: a title typed in, half stars picked from a select; both form shapes read back on submit. */
class RateFormTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void rateForm_asksForTheTitleAsTextAndTheStarsAsHalfStarChoices() throws Exception {
        JsonNode data = JSON.readTree(RateForm.ENGLISH.response()).path("data");

        assertThat(data.path("custom_id").asText()).isEqualTo("rate");
        assertThat(data.path("title").asText()).isEqualTo("Rate a film");
        JsonNode film = data.path("components").get(0).path("component");
        assertThat(film.path("custom_id").asText()).isEqualTo("movie");
        assertThat(film.path("type").asInt()).isEqualTo(4);
        JsonNode stars = data.path("components").get(1).path("component");
        assertThat(stars.path("custom_id").asText()).isEqualTo("rating");
        assertThat(stars.path("type").asInt()).isEqualTo(3);
        List<String> values = new ArrayList<>();
        stars.path("options").forEach(o -> values.add(o.path("value").asText()));
        assertThat(values).containsExactly("5", "4.5", "4", "3.5", "3", "2.5", "2", "1.5", "1", "0.5");
        assertThat(stars.path("options").get(1).path("label").asText()).isEqualTo("★★★★½  4.5");
        assertThat(stars.path("options").get(9).path("label").asText()).isEqualTo("½  0.5");
    }

    @Test
    void aTranslatedForm_writesNumbersItsWay_butSubmitsTheSameValues() {
        RateForm french = RateForm.in(Locale.FRENCH);

        List<SelectOption> choices = RateForm.starChoices(french.numbers());

        assertThat(choices.get(1).label()).isEqualTo("★★★★½  4,5");
        assertThat(choices.get(1).value()).isEqualTo("4.5");
        assertThat(french.modal().customId()).isEqualTo(RateForm.CUSTOM_ID);
    }

    @Test
    void submit_inTheCurrentLabelShape_givesTheTypedTitleAndThePickedStars() {
        MemberInteraction in = InteractionParser.parseMember(submit("""
                [{"type":18,"id":1,"component":{"type":4,"id":2,"custom_id":"movie","value":"Heat (1995)"}},
                 {"type":18,"id":3,"component":{"type":3,"id":4,"custom_id":"rating","values":["4.5"]}}]"""));

        assertThat(in).isInstanceOfSatisfying(ModalSubmitInteraction.class, form -> assertThat(form.customId()).isEqualTo(RateForm.CUSTOM_ID));
        assertThat(RateInput.of(in)).isEqualTo(new RateInput(Optional.of("Heat (1995)"), Optional.of("4.5")));
    }

    @Test
    void submit_inTheOlderActionRowShape_isStillRead() {
        RateInput input = RateInput.of(InteractionParser.parseMember(submit("""
                [{"type":1,"components":[{"type":4,"custom_id":"movie","value":"Alien"}]},
                 {"type":1,"components":[{"type":4,"custom_id":"rating","value":"3,5"}]}]""")));

        assertThat(input).isEqualTo(new RateInput(Optional.of("Alien"), Optional.of("3,5")));
    }

    @Test
    void submit_withNothingPicked_hasNoStars() {
        RateInput input = RateInput.of(InteractionParser.parseMember(submit("""
                [{"type":18,"component":{"type":4,"custom_id":"movie","value":"Alien"}},
                 {"type":18,"component":{"type":3,"custom_id":"rating","values":[]}}]""")));

        assertThat(input.stars()).isEmpty();
    }

    private static byte[] submit(String components) {
        return ("{\"type\":5,\"id\":\"1400000000000000005\",\"application_id\":\"2\",\"token\":\"t\",\"user\":{\"id\":\"3\"},"
                + "\"data\":{\"custom_id\":\"rate\",\"components\":" + components + "}}").getBytes(StandardCharsets.UTF_8);
    }
}
