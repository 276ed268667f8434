package org.csip.messaging.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jboss.logging.Logger;

/**
 * The messaging tables (outbox, inbox, sequence numbers) migrate with a history of their own,
 * {@code messaging_schema_history}, right after a service's own scripts: a new messaging script never lands out of
 * order in a service's history. A database migrated before they had one (the {@code V0_x} scripts recorded in the
 * service's history) is adopted once, before the service's Flyway validates: the messaging history starts at the
 * last script the database had, and those rows leave the service's history.
 */
public final class MessagingMigrations implements Callback {
    private static final Logger LOG = Logger.getLogger(MessagingMigrations.class);
    static final String HISTORY = "messaging_schema_history";

    private final AtomicBoolean adoptionChecked = new AtomicBoolean();

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        DataSource dataSource = context.getConfiguration().getDataSource();
        String serviceHistory = context.getConfiguration().getTable();
        if (event == Event.AFTER_MIGRATE) {
            apply(dataSource, serviceHistory);
        } else if (adoptionChecked.compareAndSet(false, true)) {
            // Before the service's history is validated: the old rows must have left it.
            MigrationVersion adopted = adoptable(dataSource, serviceHistory);
            if (adopted != null) {
                apply(dataSource, serviceHistory, adopted);
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "csip-messaging-migrations";
    }

    /** Applies the messaging scripts the database lacks (adopting an older layout first); how many it applied. */
    static int apply(DataSource dataSource, String serviceHistory) {
        return apply(dataSource, serviceHistory, adoptable(dataSource, serviceHistory));
    }

    private static int apply(DataSource dataSource, String serviceHistory, MigrationVersion adopted) {
        int applied = Flyway.configure(MessagingMigrations.class.getClassLoader()).dataSource(dataSource)
                .table(HISTORY).locations("classpath:" + MessagingScripts.FOLDER)
                .resourceProvider(new MessagingScripts()).javaMigrationClassProvider(List::of)
                .baselineOnMigrate(true)
                .baselineVersion(adopted == null ? MigrationVersion.fromVersion("0") : adopted)
                .baselineDescription(adopted == null ? "messaging tables" : "adopted from " + serviceHistory)
                .load().migrate().migrationsExecuted;
        if (adopted != null) {
            int moved = update(dataSource, "DELETE FROM " + serviceHistory + " WHERE version LIKE '0.%'");
            LOG.infof("Messaging tables adopted at version %s: %d row(s) moved out of %s", adopted, moved,
                    serviceHistory);
        }
        return applied;
    }

    /** The last messaging script recorded in the service's own history (the older layout), or null. */
    static MigrationVersion adoptable(DataSource dataSource, String serviceHistory) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT to_regclass('" + serviceHistory + "')")) {
                exists.next();
                if (exists.getString(1) == null) {
                    return null;
                }
            }
            MigrationVersion last = null;
            try (ResultSet rows = statement.executeQuery("SELECT version FROM " + serviceHistory
                    + " WHERE success AND version LIKE '0.%'")) {
                while (rows.next()) {
                    MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                    if (last == null || version.isNewerThan(last)) {
                        last = version;
                    }
                }
            }
            return last;
        } catch (SQLException e) {
            throw new FlywayException("Cannot read " + serviceHistory + " to adopt the messaging tables", e);
        }
    }

    private static int update(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new FlywayException("Cannot adopt the messaging tables: " + sql, e);
        }
    }

    /** Every script of db/messaging, oldest first: MessagingMigrationsTest holds the folder to this list. */
    static final List<String> SCRIPTS = List.of("V0_1__outbox_event.sql", "V0_2__processed_event.sql",
            "V0_3__outbox_traceparent.sql", "V0_4__outbox_sequence_and_pruning.sql", "V0_5__outbox_councils.sql",
            "V0_6__outbox_pending.sql");
}
