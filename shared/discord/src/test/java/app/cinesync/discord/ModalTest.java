package app.cinesync.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Forms in Discord's current component shapes: labels (type 18) holding a text input or a select. */
class ModalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<SelectOption> AB = List.of(new SelectOption("A", "a"), new SelectOption("B", "b"));

    @Test
    void modal_writesEachFieldAsALabelHoldingItsInput_withTheLabelOnTheLabelOnly() throws Exception {
        Modal modal = new Modal("form", "Title", List.of(
                new Label("Name", "What we call you", new TextInput("name", 1, 20, true, "e.g. Ada")),
                new Label("Pick", null, StringSelect.single("pick", "Choose", AB))));

        JsonNode body = JSON.readTree(Responses.modal(modal));

        assertThat(body.path("type").asInt()).isEqualTo(9);
        assertThat(body.path("data").path("custom_id").asText()).isEqualTo("form");
        JsonNode name = body.path("data").path("components").get(0);
        assertThat(name.path("type").asInt()).isEqualTo(18);
        assertThat(name.path("label").asText()).isEqualTo("Name");
        assertThat(name.path("description").asText()).isEqualTo("What we call you");
        assertThat(name.path("component").path("type").asInt()).isEqualTo(4);
        assertThat(name.path("component").path("style").asInt()).isEqualTo(1);
        assertThat(name.path("component").has("label")).as("deprecated inside a label").isFalse();
        assertThat(name.path("component").path("max_length").asInt()).isEqualTo(20);
        JsonNode pick = body.path("data").path("components").get(1);
        assertThat(pick.has("description")).isFalse();
        assertThat(pick.path("component").path("type").asInt()).isEqualTo(3);
        assertThat(pick.path("component").path("min_values").asInt()).isEqualTo(1);
        assertThat(pick.path("component").path("max_values").asInt()).isEqualTo(1);
        assertThat(pick.path("component").path("options").get(1).path("value").asText()).isEqualTo("b");
    }

    @Test
    void textsAreCutToDiscordsLimits() {
        String long200 = "x".repeat(200);
        assertThat(new Modal("f", long200, List.of(new Label("L", null, new TextInput("t", 0, 1, false, null)))).title()).hasSize(Modal.TITLE);
        Label label = new Label(long200, long200, new TextInput("t", 0, 1, false, long200));
        assertThat(label.label()).hasSize(Label.LABEL).endsWith("…");
        assertThat(label.description()).hasSize(Label.DESCRIPTION);
        assertThat(((TextInput) label.component()).placeholder()).hasSize(TextInput.PLACEHOLDER);
        assertThat(new StringSelect("s", long200, 1, 1, true, AB).placeholder()).hasSize(StringSelect.PLACEHOLDER);
        assertThat(new SelectOption(long200, "v").label()).hasSize(SelectOption.LABEL);
    }

    @Test
    void whatCannotBeCut_isRefused() {
        TextInput input = new TextInput("t", 0, 1, false, null);
        assertThatThrownBy(() -> new SelectOption("x", "v".repeat(101))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextInput("i".repeat(101), 0, 1, false, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextInput("t", 5, 4, false, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextInput("t", 0, 4001, false, null)).isInstanceOf(IllegalArgumentException.class);
        List<SelectOption> many = IntStream.range(0, 26).mapToObj(i -> new SelectOption("o" + i, "v" + i)).toList();
        assertThatThrownBy(() -> StringSelect.single("s", null, many)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StringSelect("s", null, 1, 3, true, AB)).as("more picks than options").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Modal("f", "T", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Modal("f", "T", Collections.nCopies(6, new Label("L", null, input)))).isInstanceOf(IllegalArgumentException.class);
    }
}
