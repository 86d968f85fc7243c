package cn.perfeval.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Recognises MariaDB behind MySQL Connector/J. The connector names the product "MySQL" with the
 * version MariaDB 10.x announces for old clients ({@code 5.5.5-10.11.6-MariaDB}), so Hibernate
 * would otherwise take the server for MySQL 5.5. Reads the real version from the version text,
 * so that no profile needs to name the server. Registered by {@code hibernate.dialect_resolvers}.
 */
public class MariaDbDialectResolver implements DialectResolver {

    private static final Pattern MARIADB_VERSION = Pattern.compile("(?:^|-)(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB");

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        if (!"MySQL".equalsIgnoreCase(info.getDatabaseName()) || info.getDatabaseVersion() == null) {
            return null;
        }
        DatabaseVersion version = mariaDbVersion(info.getDatabaseVersion());
        return version == null ? null : new MariaDBDialect(version);
    }

    /** The MariaDB version inside a product version text, or null when the text is not MariaDB's. */
    static DatabaseVersion mariaDbVersion(String productVersion) {
        Matcher m = MARIADB_VERSION.matcher(productVersion);
        if (!m.find()) {
            return null;
        }
        return DatabaseVersion.make(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }
}
