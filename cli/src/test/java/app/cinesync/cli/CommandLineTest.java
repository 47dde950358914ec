package app.cinesync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void databaseUrl_inEitherFormBecomesJdbcWithCredentialsKeptOutOfTheDisplay() {
        DatabaseOptions.Jdbc url = DatabaseOptions.Jdbc.parse("postgresql://cine%40sync:s3cr%3At@db.example:6543/cinesync?sslmode=require");
        assertThat(url.url()).isEqualTo("jdbc:postgresql://db.example:6543/cinesync?sslmode=require");
        assertThat(url.properties().getProperty("user")).isEqualTo("cine@sync");
        assertThat(url.properties().getProperty("password")).isEqualTo("s3cr:t");
        assertThat(url.redacted()).doesNotContain("s3cr");
        DatabaseOptions.Jdbc jdbc = DatabaseOptions.Jdbc.parse("jdbc:postgresql://h/db?user=u&password=pw");
        assertThat(jdbc.url()).isEqualTo("jdbc:postgresql://h/db?user=u&password=pw");
        assertThat(jdbc.redacted()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(DatabaseOptions.Jdbc.parse("postgresql://u@h/db?sslpassword=xyz&PASSWORD=abc").redacted()).doesNotContain("xyz").doesNotContain("abc");
    }

    @Test
    void anOperatorsMistake_isOneLineSayingWhatAndWhy_neverAStackTrace() throws Exception {
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run("eval", "--train", "/nonexistent/train.csv", "--test", "/nonexistent/test.csv", "--movies", "/nonexistent/movies.csv",
                    "--protocol", "random");
        } finally {
            System.setErr(err);
        }
        String said = captured.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(exit).isEqualTo(1);
        assertThat(said).startsWith("cinesync: ").contains("/nonexistent/").doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void aBugOfOurs_stillShowsItsStackTrace() {
        assertThat(Main.operators(new IllegalStateException("bug"))).isFalse();
        assertThat(Main.operators(new java.net.ConnectException("Connection refused"))).isTrue();
        assertThat(Main.describe(new java.io.UncheckedIOException("could not read a.csv", new java.io.IOException("Permission denied"))))
                .isEqualTo("could not read a.csv: Permission denied");
    }
}
