package app.cinesync.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.model.EaseConfig;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RankingConfigTest {
    /** {@code GENRE_EVIDENCE_FROM} -> {@code genreEvidenceFrom}. */
    private static String component(RankingConfig.Param p) {
        String[] words = p.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int k = 1; k < words.length; k++) {
            out.append(Character.toUpperCase(words[k].charAt(0))).append(words[k].substring(1));
        }
        return out.toString();
    }

    private static List<String> changed(RankingConfig a, RankingConfig b) throws ReflectiveOperationException {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : RankingConfig.class.getRecordComponents()) {
            if (!c.getAccessor().invoke(a).equals(c.getAccessor().invoke(b))) {
                out.add(c.getName());
            }
        }
        return out;
    }

    @Test
    void with_changesExactlyTheParameterItNames_andNothingElse() throws ReflectiveOperationException {
        RankingConfig d = RankingConfig.DEFAULT;
        for (RankingConfig.Param p : RankingConfig.Param.values()) {
            RankingConfig c = d.with(p, 3.25);
            switch (p) {
                case LAMBDA -> assertThat(c.ease()).isEqualTo(new EaseConfig(3.25, d.ease().dropout(), d.ease().minRatings()));
                case DROPOUT, MIN_RATINGS -> assertThat(changed(d, c)).as("%s", p).containsExactly("ease");
                default -> {
                    assertThat(changed(d, c)).as("%s", p).containsExactly(component(p));
                    assertThat(RankingConfig.class.getMethod(component(p)).invoke(c)).isEqualTo(3.25);
                }
            }
        }
    }
}
