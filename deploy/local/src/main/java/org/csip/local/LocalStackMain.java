package org.csip.local;

import org.csip.stack.KeycloakLauncher;
import org.csip.stack.LocalStack;
import org.csip.stack.PostgresLauncher;
import org.csip.stack.StackConfig;
import org.csip.stack.StackStartException;
import org.csip.local.demo.DemoLogins;
import org.csip.local.demo.DemoStory;
import java.io.PrintStream;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** The README's run command: starts the whole of CSIP on this machine and keeps it up until Ctrl-C. */
public final class LocalStackMain {
    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.WARNING);
        PrintStream out = System.out;
        StackConfig config;
        try {
            config = StackConfig.local(StackConfig.findRepoRoot()).withReplicas(replicas(args));
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println("Usage: ./csip-local [--replicas N]   (N from 1 to " + StackConfig.MAX_REPLICAS
                    + ": how many of each service to run)");
            System.exit(2);
            return;
        }
        out.println("CSIP local stack — data and logs under " + config.repoRoot().relativize(config.baseDir()));
        LocalStack stack = new LocalStack(config, out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping CSIP…");
            stack.close();
        }, "csip-stop"));
        try {
            stack.start();
        } catch (StackStartException e) {
            out.println();
            out.println("CSIP did not start: " + e.getMessage());
            System.exit(1);
        }
        String demo = loadDemo(stack);
        printWelcome(out, stack, demo);
        Thread.currentThread().join();
    }

    /** {@code --replicas N} (or {@code --replicas=N}): how many of each service; 1 without it. */
    static int replicas(String[] args) {
        int replicas = 1;
        for (int i = 0; i < args.length; i++) {
            String value;
            if (args[i].equals("--replicas") && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith("--replicas=")) {
                value = args[i].substring("--replicas=".length());
            } else {
                throw new IllegalArgumentException("Unknown argument: " + args[i]);
            }
            try {
                replicas = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--replicas needs a number, not '" + value + "'");
            }
        }
        return replicas;
    }

    /** Loads the demo story; a failure is reported but leaves the (empty) system running. */
    private static String loadDemo(LocalStack stack) {
        try {
            DemoStory.Summary loaded = DemoStory.load(stack);
            String timeline = stack.gatewayUrl() + "/api/local-authorities/" + loaded.laCode() + "/timeline";
            if (loaded.alreadyLoaded()) {
                return "Demo story already loaded: " + timeline;
            }
            return "Demo story loaded (docs/domain.md §5, St Helens " + loaded.laCode() + "): " + loaded.inspections()
                    + " inspections, " + loaded.findings() + " findings, " + loaded.interventions()
                    + " intervention with " + loaded.reviews() + " adviser reviews; an improvement plan with "
                    + loaded.themes() + " themes, " + loaded.actions() + " actions and " + loaded.progressUpdates()
                    + " progress reports, " + loaded.boardMeetings() + " board meetings and " + loaded.measures()
                    + " measures; " + loaded.teams() + " teams, " + loaded.staff() + " staff and " + loaded.vacancies()
                    + " vacancies across the three agencies (illustrative; the council's give St Helens' published"
                    + " 2019 workforce figures).\n  Also loaded, council " + String.join("; council ",
                    loaded.otherCouncils()) + ".\n  Its timeline: " + timeline
                    + "\n  Its turnover beside England, the North West and its neighbours: " + stack.gatewayUrl()
                    + "/api/benchmarks?laCode=" + loaded.laCode() + "&measure=turnover_rate";
        } catch (RuntimeException e) {
            return "The demo story did not load (the system runs without it): " + e.getMessage();
        }
    }

    private static void printWelcome(PrintStream out, LocalStack stack, String demo) {
        out.println();
        out.println("CSIP is running (started in " + stack.elapsed().toSeconds() + "s).");
        out.println("  Dashboard (sign in below):   " + stack.gatewayUrl() + "/");
        if (stack.config().replicas() > 1) {
            out.println("  " + stack.config().replicas() + " replicas of each service; gateways: "
                    + String.join(", ", stack.gatewayUrls()) + " (each sends requests round the ready replicas)");
        }
        out.println("  Gateway (the API):           " + stack.gatewayUrl() + "/api/...");
        out.println("  Partner event feeds:         " + stack.gatewayUrl() + "/partners/{council|police|health}/events");
        out.println("  API documentation:           http://localhost:" + stack.config().inspectionPort()
                + "/q/swagger-ui (inspection), :" + stack.config().actionPlanPort() + " (action-plan), :"
                + stack.config().workforcePort() + " (workforce)");
        out.println("  Keycloak:                    " + stack.keycloakUrl() + "  (admin console: "
                + KeycloakLauncher.ADMIN_USER + " / " + KeycloakLauncher.ADMIN_PASSWORD + ")");
        out.println("  Token issuer:                " + stack.issuer());
        out.println("  Kafka:                       " + stack.kafkaBootstrapServers());
        out.println("  PostgreSQL:                  localhost:" + stack.postgres().port()
                + "  (user " + PostgresLauncher.USER + ", databases " + String.join(", ",
                LocalStack.DATABASES.values().stream().sorted().toList()) + ")");
        out.println("  Email CSIP sent:             " + stack.mail().folder() + "  (SMTP localhost:"
                + stack.mail().smtpPort() + ", IMAP localhost:" + stack.mail().imapPort()
                + "; choose it on the dashboard: Email from CSIP)");
        out.println();
        out.println("Demo logins (realm " + KeycloakLauncher.REALM + "):");
        out.printf("  %-20s %-9s %-8s %-42s %s%n", "username", "password", "agency", "organisation (councils seen)",
                "roles");
        for (DemoLogins.Login login : DemoLogins.fromRealmFile().logins()) {
            out.printf("  %-20s %-9s %-8s %-42s %s%n", login.username(), login.password(), login.agency(),
                    login.organisation() + " (" + String.join(", ", login.councils()) + ")",
                    String.join(", ", login.roles()));
        }
        out.println();
        out.println(demo);
        out.println();
        out.println("Try: TOKEN=$(curl -s -d grant_type=password -d client_id=gateway -d client_secret=gateway-dev-secret"
                + " -d username=director -d password=demo " + stack.issuer()
                + "/protocol/openid-connect/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        out.println("Press Ctrl-C to stop everything.");
    }
}
