package app.cinesync.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmbedTest {
    @Test
    void everyPartIsCutToDiscordsLimit() {
        String huge = "x".repeat(10_000);
        List<Embed.Field> fields = IntStream.range(0, 40).mapToObj(i -> new Embed.Field(huge, huge, false)).toList();
        Embed e = new Embed(huge, huge, 0, fields, huge);
        assertThat(e.title()).hasSize(Embed.TITLE).endsWith("…");
        assertThat(e.fields().size()).isLessThanOrEqualTo(Embed.FIELDS);
        assertThat(e.fields()).allSatisfy(f -> {
            assertThat(f.name().length()).isLessThanOrEqualTo(Embed.FIELD_NAME);
            assertThat(f.value().length()).isLessThanOrEqualTo(Embed.FIELD_VALUE);
        });
        assertThat(e.length()).isLessThanOrEqualTo(Embed.TOTAL);
        assertThat(e.description()).isNotEmpty();
    }

    @Test
    void aShortEmbedIsUntouched_andBlankFieldsBecomeZeroWidthSpaces() {
        Embed e = new Embed("Title", "Text", 1, List.of(new Embed.Field("", "v", true)), "foot");
        assertThat(e.title()).isEqualTo("Title");
        assertThat(e.fields().getFirst().name()).isEqualTo("\u200b");
        assertThat(e.length()).isEqualTo(5 + 4 + 4 + 1 + 1);
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        assertThat(Text.cut("ab😀cd", 4)).isEqualTo("ab…");
    }
}
