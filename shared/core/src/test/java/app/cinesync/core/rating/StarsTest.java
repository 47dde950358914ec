package app.cinesync.core.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StarsTest {
    @Test
    void parse_whenTheHalfStepIsOnlyCloseAfterRounding_refusesIt() {
        String almostFour = "4." + "0".repeat(99_998) + "1"; // 100,000 digits
        String justOverFour = "4.0000000000000000000000000001"; // a double rounds it to 4.0
        for (String bad : List.of(almostFour, justOverFour, "4.50000000000000000000001", "0.49999999999999999999")) {
            assertThatThrownBy(() -> Stars.parse(bad)).as(bad.length() > 40 ? "100,000 digits" : bad)
                    .isInstanceOfSatisfying(Stars.InvalidRatingException.class, e -> assertThat(e.given()).isEqualTo(bad));
        }
    }

    @Test
    void parse_whenHalvesRepeatOrStandInTheMiddle_refusesThem() {
        for (String bad : List.of("½½", "★½½", "★½★", "4½½", "½4", "4 ½ ½", "★4")) {
            assertThatThrownBy(() -> Stars.parse(bad)).as(bad).isInstanceOf(Stars.InvalidRatingException.class);
        }
    }

    @Test
    void parse_exactHalfStepsInEveryForm_areAccepted() {
        assertThat(Stars.parse("4.50").value()).isEqualTo(4.5);
        assertThat(Stars.parse("04,5").value()).isEqualTo(4.5);
        assertThat(Stars.parse("4 ½").value()).isEqualTo(4.5);
        assertThat(Stars.parse("½").value()).isEqualTo(0.5);
        assertThat(Stars.parse("★★★★★").value()).isEqualTo(5.0);
        assertThat(Stars.parse("⭐⭐½").value()).isEqualTo(2.5);
        assertThat(Stars.parse("5.000000000000000000000000000").value()).isEqualTo(5.0);
    }

    @Test
    void parse_outsideTheScale_refusesItWithWhatWasTyped() {
        assertThatThrownBy(() -> Stars.parse("★★★★★½"))
                .isInstanceOfSatisfying(Stars.InvalidRatingException.class, e -> assertThat(e.given()).isEqualTo("★★★★★½"));
        assertThatThrownBy(() -> Stars.parse("5.0000000000000000001")).isInstanceOf(Stars.InvalidRatingException.class);
        assertThatThrownBy(() -> Stars.parse("0.0")).isInstanceOf(Stars.InvalidRatingException.class);
        assertThatThrownBy(() -> Stars.parse("+4")).isInstanceOf(Stars.InvalidRatingException.class);
    }
}
