package app.cinesync.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuickRateIdTest {
    @Test
    void everyId_formatsToWhatItParsesBackTo() {
        for (QuickRateId id : List.of(new QuickRateId.Start(), new QuickRateId.Answer(318), new QuickRateId.Pass(List.of(1L, 22L, 333L)),
                new QuickRateId.Choose("4.5"))) {
            assertThat(QuickRateId.parse(id.format())).as(id.format()).contains(id);
        }
    }

    @Test
    void theFormats_areTheOnesOnButtonsAlreadySent() {
        assertThat(new QuickRateId.Start().format()).isEqualTo("qr:go");
        assertThat(new QuickRateId.Answer(318).format()).isEqualTo("qr:318");
        assertThat(new QuickRateId.Pass(List.of(1L, 22L)).format()).isEqualTo("qr:pass:1.22");
        assertThat(new QuickRateId.Choose("4.5").format()).isEqualTo("qr:pick:4.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qr:", "qr:gone", "qr:-5", "qr:+5", "qr:5 ", "qr:pass:", "qr:pass:1..2", "qr:pass:1.x", "qr:pick:", "qr:pick:123456789", "qr:99999999999999999999",
            "recs:5:0:-", "go", ""})
    void aMalformedId_parsesToEmpty(String customId) {
        assertThat(QuickRateId.parse(customId)).isEmpty();
    }

    @Test
    void theRouter_claimsEveryIdWithThePrefix_wellFormedOrNot() {
        assertThat(QuickRateId.claims("qr:gone")).isTrue();
        assertThat(QuickRateId.claims("recs:5:0:-")).isFalse();
    }
}
