package app.cinesync.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResponsesTest {
    @Test
    void buttonsAreLaidOutInRowsOfFive_atMostTwentyFive() throws Exception {
        List<Button> eleven = IntStream.range(0, 11).mapToObj(i -> new Button("B" + i, "id" + i)).toList();
        JsonNode edit = new ObjectMapper().readTree(Responses.edit(Message.text("x").withButtons(eleven)));
        assertThat(edit.path("components")).hasSize(3);
        assertThat(edit.path("components").get(0).path("components")).hasSize(5);
        assertThat(edit.path("components").get(2).path("components").get(0).path("custom_id").asText()).isEqualTo("id10");
        List<Button> thirty = IntStream.range(0, 30).mapToObj(i -> new Button("B" + i, "id" + i)).toList();
        assertThat(Message.text("x").withButtons(thirty).buttons()).hasSize(Message.MAX_BUTTONS);
    }

    @Test
    void anImmediateReplyIsPrivateOnlyWhenAsked_andMentionsNobody() throws Exception {
        JsonNode secret = new ObjectMapper().readTree(Responses.message(Message.text("hi @everyone"), true));
        assertThat(secret.path("type").asInt()).isEqualTo(4);
        assertThat(secret.path("data").path("flags").asInt()).isEqualTo(Responses.EPHEMERAL);
        assertThat(secret.path("data").path("allowed_mentions").path("parse")).isEmpty();
        JsonNode open = new ObjectMapper().readTree(Responses.message(Message.text("hi"), false));
        assertThat(open.path("data").has("flags")).isFalse();
    }
}
