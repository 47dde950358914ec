package app.cinesync.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of interaction is read into its own type, with what applies to it and nothing else. */
class InteractionParserTest {
    private static final String MEMBER = "\"id\":\"1400000000000000001\",\"application_id\":\"2\",\"token\":\"t\",\"guild_id\":\"9\","
            + "\"member\":{\"user\":{\"id\":\"13000000000000000001\",\"username\":\"ada\",\"global_name\":\"Ada\"}}";

    private static Interaction parse(String json) {
        return InteractionParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void ping_isAPing_withItsIdsOnly() {
        assertThat(parse("{\"type\":1,\"id\":\"1\",\"application_id\":\"2\"}")).isEqualTo(new Ping("1", "2"));
    }

    @Test
    void theCommonParts_areReadOnceForEveryKind() {
        MemberInteraction in = (MemberInteraction) parse("{\"type\":2," + MEMBER + ",\"locale\":\"es-419\",\"guild_locale\":\"de\","
                + "\"data\":{\"name\":\"my_stats\"}}");

        assertThat(in.context()).isEqualTo(new InteractionContext("1400000000000000001", "2", "t", "9",
                Long.parseUnsignedLong("13000000000000000001"), "Ada", "es-419"));
        assertThat(in.language()).isEqualTo(Locale.forLanguageTag("es-419"));
    }

    @Test
    void aSlashCommand_carriesItsNameAndOptions_subCommandsFlattened() {
        Interaction in = parse("{\"type\":2," + MEMBER + ",\"data\":{\"name\":\"rate\",\"options\":[{\"name\":\"movie\",\"value\":\"Alien\"},"
                + "{\"name\":\"rating\",\"value\":4.5},{\"name\":\"sub\",\"options\":[{\"name\":\"deep\",\"value\":true}]}]}}");

        assertThat(in).isInstanceOfSatisfying(CommandInteraction.class, c -> {
            assertThat(c.commandType()).isEqualTo(CommandType.CHAT_INPUT);
            assertThat(c.name()).isEqualTo("rate");
            assertThat(c.options()).isEqualTo(Map.of("movie", "Alien", "rating", "4.5", "deep", "true"));
            assertThat(c.option("missing")).isEmpty();
        });
    }

    @Test
    void anAppsMenuCommand_saysWhichMenu() {
        Interaction in = parse("{\"type\":2," + MEMBER + ",\"data\":{\"name\":\"Show\",\"type\":3,\"target_id\":\"5\"}}");

        assertThat(in).isInstanceOfSatisfying(CommandInteraction.class, c -> assertThat(c.commandType()).isEqualTo(CommandType.MESSAGE));
    }

    @Test
    void autocomplete_carriesTheFocusedOptionAndWhatIsTypedInIt() {
        Interaction in = parse("{\"type\":4," + MEMBER + ",\"data\":{\"name\":\"rate\",\"options\":[{\"name\":\"rating\",\"value\":\"4\"},"
                + "{\"name\":\"movie\",\"value\":\"ali\",\"focused\":true}]}}");

        assertThat(in).isInstanceOfSatisfying(AutocompleteInteraction.class, a -> {
            assertThat(a.command()).isEqualTo("rate");
            assertThat(a.focusedOption()).isEqualTo("movie");
            assertThat(a.typed()).isEqualTo("ali");
        });
    }

    @Test
    void aButtonClick_carriesItsCustomId_andADropDownWhatWasPicked() {
        Interaction click = parse("{\"type\":3," + MEMBER + ",\"data\":{\"custom_id\":\"b:1\",\"component_type\":2}}");
        Interaction pick = parse("{\"type\":3," + MEMBER + ",\"data\":{\"custom_id\":\"s:1\",\"component_type\":3,\"values\":[\"4.5\"]}}");

        assertThat(click).isInstanceOfSatisfying(ComponentInteraction.class, c -> {
            assertThat(c.customId()).isEqualTo("b:1");
            assertThat(c.values()).isEmpty();
            assertThat(c.picked()).isEmpty();
        });
        assertThat(pick).isInstanceOfSatisfying(ComponentInteraction.class, c -> {
            assertThat(c.values()).containsExactly("4.5");
            assertThat(c.picked()).contains("4.5");
        });
    }

    @Test
    void aModalSubmit_carriesItsCustomIdAndEachFieldsValue() {
        Interaction in = parse("{\"type\":5," + MEMBER + ",\"data\":{\"custom_id\":\"form\",\"components\":["
                + "{\"type\":18,\"component\":{\"type\":4,\"custom_id\":\"name\",\"value\":\"  Heat \"}},"
                + "{\"type\":18,\"component\":{\"type\":3,\"custom_id\":\"pick\",\"values\":[\"a\",\"b\"]}},"
                + "{\"type\":1,\"components\":[{\"type\":4,\"custom_id\":\"blank\",\"value\":\" \"}]}]}}");

        assertThat(in).isInstanceOfSatisfying(ModalSubmitInteraction.class, m -> {
            assertThat(m.customId()).isEqualTo("form");
            assertThat(m.value("name")).contains("Heat");
            assertThat(m.value("pick")).contains("a b");
            assertThat(m.value("blank")).as("blank counts as absent").isEmpty();
        });
    }

    @Test
    void aPing_isNoMembersInteraction() {
        assertThatThrownBy(() -> InteractionParser.parseMember("{\"type\":1,\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedInteractionException.class);
    }

    @Test
    void theFactories_buildWhatTheParserReads() {
        InteractionContext ctx = InteractionContext.of(3).withId("1").withReply("2", "t").withMemberName("Ada").withLocale("fr");

        assertThat(ctx).isEqualTo(new InteractionContext("1", "2", "t", null, 3, "Ada", "fr"));
        assertThat(CommandInteraction.slash(ctx, "rate", Map.of()).commandType()).isEqualTo(CommandType.CHAT_INPUT);
        assertThat(AutocompleteInteraction.typing(ctx, "rate", "movie", "ali").typed()).isEqualTo("ali");
        assertThat(ComponentInteraction.pick(ctx, "s", "4").picked()).contains("4");
        assertThat(ComponentInteraction.click(ctx, "b").values()).isEqualTo(List.of());
    }

    @Test
    void aNumberOption_readsAsWrittenAtItsShortest_soAQuotedValueIsTheMembers() {
        Interaction in = parse("{\"type\":2," + MEMBER + ",\"data\":{\"name\":\"rate\",\"options\":[{\"name\":\"rating\",\"value\":7.0},"
                + "{\"name\":\"count\",\"value\":3},{\"name\":\"x\",\"value\":1e308}]}}");

        assertThat(in).isInstanceOfSatisfying(CommandInteraction.class,
                c -> assertThat(c.options()).containsEntry("rating", "7").containsEntry("count", "3").containsEntry("x", "1E+308"));
    }
}
