package cn.perfeval.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The precision at which the database keeps an audit line's time, so that the hash covers the
 * time exactly as it is stored and read back. The columns keep microseconds on every database,
 * but MySQL Connector/J drops the fractional seconds of every time it sends to a server that
 * reports a version below 5.6.4, and MariaDB 10.x announces itself as {@code 5.5.5-10.x}: there
 * the line is stored to the second. Found once, by sending a time with microseconds and reading
 * what the server received.
 */
@Component
class StoredTimePrecision {

    private static final Instant PROBE = Instant.parse("2000-01-01T00:00:00.123456Z");

    private final DataSource dataSource;
    private volatile ChronoUnit unit;

    StoredTimePrecision(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The instant as the database will store it. */
    Instant truncate(Instant instant) {
        return instant.truncatedTo(unit());
    }

    ChronoUnit unit() {
        ChronoUnit known = unit;
        if (known == null) {
            known = detect();
            unit = known;
        }
        return known;
    }

    private ChronoUnit detect() {
        String product;
        try {
            product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot read the database's metadata", e);
        }
        if (!"MySQL".equalsIgnoreCase(product)) {
            return ChronoUnit.MICROS;
        }
        // The text the server received for the parameter: fractional seconds present or not.
        String received = new JdbcTemplate(dataSource).queryForObject("select cast(? as char)", String.class,
                Timestamp.from(PROBE));
        return received != null && received.contains(".123456") ? ChronoUnit.MICROS : ChronoUnit.SECONDS;
    }
}
