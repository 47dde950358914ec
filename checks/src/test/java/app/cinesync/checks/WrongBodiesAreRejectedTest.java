package app.cinesync.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.commands.RateForm;
import app.cinesync.discord.Message;
import app.cinesync.discord.Responses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The checks can fail: bodies Discord would refuse, each a small change to one CineSync really
 * sends, are rejected by the same validation the contract tests use.
 */
class WrongBodiesAreRejectedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DiscordSpec spec = DiscordSpec.strict();

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text);
    }

    @Test
    void theRatingForm_asSent_passes() throws Exception {
        assertThat(spec.errors(DiscordSpec.CALLBACK, json(RateForm.ENGLISH.response()))).isEmpty();
    }

    @Test
    void aForm_withoutCustomId_isRejected() throws Exception {
        ObjectNode modal = json(RateForm.ENGLISH.response());
        ((ObjectNode) modal.path("data")).remove("custom_id");

        assertThat(spec.errors(DiscordSpec.CALLBACK, modal)).isNotEmpty();
        assertThat(spec.errorsAgainst("ModalInteractionCallbackRequest", modal)).anySatisfy(e -> assertThat(e).contains("custom_id"));
    }

    @Test
    void aForm_withSixInputsInOneActionRow_isRejected() throws Exception {
        ObjectNode modal = json("{\"type\":9,\"data\":{\"custom_id\":\"rate\",\"title\":\"Rate a film\",\"components\":[{\"type\":1,\"components\":[]}]}}");
        ArrayNode row = (ArrayNode) modal.path("data").path("components").get(0).path("components");
        for (int i = 0; i < 6; i++) {
            row.addObject().put("type", 4).put("custom_id", "f" + i).put("style", 1).put("label", "Field " + i);
        }

        assertThat(spec.errorsAgainst("ModalInteractionCallbackRequest", modal)).isNotEmpty();
        row.remove(5);
        assertThat(spec.errorsAgainst("ModalInteractionCallbackRequest", modal)).as("five fit").isEmpty();
    }

    @Test
    void aForm_withATitleOverFortyFiveCharacters_isRejected() throws Exception {
        ObjectNode modal = json(RateForm.ENGLISH.response());
        ((ObjectNode) modal.path("data")).put("title", "x".repeat(46));

        assertThat(spec.errors(DiscordSpec.CALLBACK, modal)).isNotEmpty();
    }

    @Test
    void aReplyEdit_withAnEmbedFieldOver1024Characters_isRejected() throws Exception {
        ObjectNode edit = json(Responses.edit(Message.text("x")));
        ((ArrayNode) edit.path("embeds")).addObject().put("title", "t").putArray("fields").addObject()
                .put("name", "n").put("value", "v".repeat(1025)).put("inline", false);

        assertThat(spec.errors(DiscordSpec.REPLY_EDIT, edit)).anySatisfy(e -> assertThat(e).contains("/embeds/0/fields/0/value"));
        ((ObjectNode) edit.path("embeds").get(0).path("fields").get(0)).put("value", "v".repeat(1024));
        assertThat(spec.errors(DiscordSpec.REPLY_EDIT, edit)).as("1024 fit").isEmpty();
    }

    @Test
    void aReply_withAFieldDiscordDoesNotKnow_isRejected() throws Exception {
        ObjectNode reply = json(Responses.message(Message.text("hi"), true));
        ((ObjectNode) reply.path("data")).put("ephemeral", true); // the flag is the way; there is no such field

        assertThat(spec.errors(DiscordSpec.CALLBACK, reply)).isNotEmpty();
        assertThat(DiscordSpec.asPublished().errors(DiscordSpec.CALLBACK, reply)).as("the published spec alone lets it through").isEmpty();
    }

    @Test
    void aButton_withACustomIdOver100Characters_isRejected() throws Exception {
        ObjectNode edit = json(Responses.edit(Message.text("x")));
        ((ArrayNode) edit.path("components")).addObject().put("type", 1).putArray("components").addObject()
                .put("type", 2).put("style", 2).put("label", "More").put("custom_id", "c".repeat(101));

        assertThat(spec.errors(DiscordSpec.REPLY_EDIT, edit)).isNotEmpty();
    }

    @Test
    void autocomplete_withTwentySixChoices_isRejected() throws Exception {
        ObjectNode answer = json("{\"type\":8,\"data\":{\"choices\":[]}}");
        for (int i = 0; i < 26; i++) {
            ((ArrayNode) answer.path("data").path("choices")).addObject().put("name", "Film " + i).put("value", "m:" + i);
        }

        assertThat(spec.errors(DiscordSpec.CALLBACK, answer)).isNotEmpty();
    }

    @Test
    void aCommand_withANameOver32Characters_orAnUnknownContext_isRejected() throws Exception {
        JsonNode ok = JSON.readTree("[{\"name\":\"rate\",\"type\":1,\"description\":\"Rate\",\"contexts\":[0,1,2],\"integration_types\":[0,1]}]");
        assertThat(spec.errors(DiscordSpec.GLOBAL_COMMANDS, ok)).isEmpty();

        ObjectNode longName = ((ObjectNode) ok.get(0).deepCopy()).put("name", "r".repeat(33));
        assertThat(spec.errors(DiscordSpec.GLOBAL_COMMANDS, JSON.createArrayNode().add(longName))).isNotEmpty();
        ObjectNode badContext = ok.get(0).deepCopy();
        badContext.putArray("contexts").add(3);
        assertThat(spec.errors(DiscordSpec.GLOBAL_COMMANDS, JSON.createArrayNode().add(badContext))).isNotEmpty();
    }
}
