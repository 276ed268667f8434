package org.csip.testing;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads a count straight from a service's database, for tests that check what was (or was not) written. */
public final class Rows {
    private Rows() {
    }

    /** The single number a {@code SELECT count(*) …} query answers. */
    public static long count(DataSource dataSource, String sql) {
        try (var connection = dataSource.getConnection(); var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
