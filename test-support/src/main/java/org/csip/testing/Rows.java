package org.csip.testing;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads a count straight from a service's database, for tests that check what was (or was not) written. */
public final class Rows {
    private Rows() {
    }

    /** The single number a {@code SELECT count(*) …} query answers, its {@code ?} bound to {@code parameters}. */
    public static long count(DataSource dataSource, String sql, String... parameters) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one insert, update or delete with its {@code ?} bound to {@code parameters}; returns the rows changed. */
    public static int update(DataSource dataSource, String sql, String... parameters) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(java.sql.PreparedStatement statement, String... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setString(i + 1, parameters[i]);
        }
    }
}
