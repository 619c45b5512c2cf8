package de.smartcity.portfolio.infrastructure.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  private static final SQLException REFUSED =
      new SQLException(
          "IJ031084: Unable to create connection",
          new ConnectException("Connection to db.example:5432 refused.\nCheck the host and port."));

  @Test
  void shouldNameTheUrlUserDriverAndEveryCauseOnOneLine() {
    DatabaseSettings settings =
        new DatabaseSettings(
            Optional.of("postgresql"),
            Optional.of("jdbc:postgresql://db.example:5432/smartcity"),
            Optional.of("smartcity"));

    String message = settings.unreachable(REFUSED);

    assertThat(message)
        .doesNotContain("\n")
        .contains(
            "(IJ031084: Unable to create connection: Connection to db.example:5432 refused."
                + " Check the host and port.)")
        .contains("SMARTCITY_DB_URL=jdbc:postgresql://db.example:5432/smartcity")
        .contains("SMARTCITY_DB_USER=smartcity")
        .contains("SMARTCITY_DB_DRIVER=postgresql")
        .contains("SMARTCITY_DB_PASSWORD");
  }

  @Test
  void shouldNeverRepeatAPasswordWrittenIntoTheUrl() {
    DatabaseSettings settings =
        new DatabaseSettings(
            Optional.empty(),
            Optional.of("jdbc:postgresql://db/smartcity?user=app&Password=s3cret&ssl=true"),
            Optional.empty());

    assertThat(settings.unreachable(REFUSED))
        .doesNotContain("s3cret")
        .contains("jdbc:postgresql://db/smartcity?user=app&Password=***&ssl=true");
    assertThat(DatabaseSettings.withoutPassword("jdbc:h2:file:/data/db;USER=sa;PASSWORD=sa;X=1"))
        .isEqualTo("jdbc:h2:file:/data/db;USER=sa;PASSWORD=***;X=1");
  }

  @Test
  void shouldSayWhichSettingsAreNotSet() {
    DatabaseSettings defaults =
        new DatabaseSettings(Optional.empty(), Optional.empty(), Optional.empty());

    assertThat(defaults.unreachable(REFUSED))
        .contains("SMARTCITY_DB_URL=(not set)", "SMARTCITY_DB_DRIVER=(not set)");
  }
}
