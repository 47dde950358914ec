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
}
