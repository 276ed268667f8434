package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.csip.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner dashboard in a real browser (Debian's Chromium through Playwright) against the whole stack with real
 * Keycloak logins: what each person lands on, reporting progress, the live feed, and that one agency cannot reach
 * another's action. Every landing page is screenshotted under {@code target/screenshots} and checked with axe-core.
 */
@ExtendWith({StackExtension.class, BrowserExtension.class})
class DashboardIT {
    private final LocalStack stack = StackExtension.stack();

    @Test
    void aPoliceLeadSeesOnlyPoliceActionsReportsProgressOnOneAndSeesItInTheFeed() throws Exception {
        Page page = BrowserExtension.browser().signIn(stack.gatewayUrl(), "police.lead");
        landed(page, "police-lead");
        assertThat(leadAgencies(page)).isNotEmpty().containsOnly("Police");

        String narrative = "Joint MASH training delivered " + UUID.randomUUID().toString().substring(0, 8);
        page.locator("#actions-table a:has-text('Report progress')").first().click();
        page.waitForSelector("h1:has-text('Report progress')");
        assertThat(Browser.seriousAccessibilityViolations(page)).as("the progress form").isEmpty();
        // The form carries a CSRF token; a post from the same signed-in browser without it is refused.
        assertThat(page.locator("form input[type=hidden][name=csrf-token]").getAttribute("value")).hasSizeGreaterThan(20);
        var forged = page.request().post(page.url(), com.microsoft.playwright.options.RequestOptions.create()
                .setForm(com.microsoft.playwright.options.FormData.create().set("rag", "RED")
                        .set("narrative", "Forged by another site")).setMaxRedirects(0));
        assertThat(forged.status()).as("a form post without its CSRF token").isEqualTo(400);
        page.check("#rag-amber");
        page.fill("#narrative", narrative);
        page.fill("#evidenceTitle", "Training register");
        page.fill("#evidenceLink", "DOC-2026-114");
        page.click("button:has-text('Save progress')");
        page.waitForSelector(".govuk-notification-banner--success");
        // The report reaches the feed (the page opens with its recent activity, then follows live).
        page.waitForSelector("#feed-events li[data-type='csip.action.progress-reported.v1']",
                new Page.WaitForSelectorOptions().setTimeout(5_000));
        assertThat(page.locator("#actions-table tbody tr").first().textContent()).contains("Amber");
    }

    @Test
    void aCouncilDirectorSeesEveryAgencysActionsAndTheDownloads() throws Exception {
        Page page = BrowserExtension.browser().signIn(stack.gatewayUrl(), "director");
        List<String> refusedByPolicy = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refusedByPolicy.add(message.text());
            }
        });
        var landing = page.navigate(stack.gatewayUrl() + "/");
        assertThat(landing.headers()).containsEntry("cache-control", "no-store")
                .containsEntry("x-content-type-options", "nosniff").containsEntry("x-frame-options", "DENY");
        assertThat(landing.headers().get("content-security-policy")).contains("script-src 'self'",
                "frame-ancestors 'none'");
        page.waitForSelector("#live-status[data-state=live]");
        landed(page, "council-director");
        assertThat(page.textContent("#my-actions")).contains("Open actions of every agency");
        // The demo's open actions are led by the police and health: the council sees both.
        assertThat(leadAgencies(page)).contains("Police", "Health");
        assertThat(page.locator("#plan-progress canvas").count()).isEqualTo(1);
        assertThat(page.textContent("#inspections")).contains("Good");
        assertThat(page.locator("#workforce canvas").count()).isGreaterThanOrEqualTo(4);

        var download = page.waitForDownload(() -> page.click("a:has-text('Actions (CSV)')"));
        String csv = Files.readString(download.path());
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("title,leadAgency,owner,status");
        assertThat(csv).contains(",COUNCIL,", ",POLICE,", ",HEALTH,");
        var report = page.waitForDownload(() -> page.click("a:has-text('progress report (PDF)')"));
        assertThat(Files.readAllBytes(report.path())).startsWith("%PDF".getBytes());
        // The page, its charts and its live feed work under the policy: nothing was refused.
        assertThat(refusedByPolicy).isEmpty();
    }

    @Test
    void aHealthLeadCannotOpenAPoliceActionsFormAndTheApiRefusesTooButSeesTheirOwn() {
        Page page = BrowserExtension.browser().signIn(stack.gatewayUrl(), "health.lead");
        landed(page, "health-lead");
        assertThat(leadAgencies(page)).doesNotContain("Police", "Council");

        String policeAction = policeAction();
        Response form = page.navigate(stack.gatewayUrl() + "/dashboard/actions/" + policeAction + "/progress");
        assertThat(form.status()).isEqualTo(403);
        assertThat(page.textContent("h1")).contains("You cannot report progress on this action");
        assertThat(page.locator("form textarea").count()).isZero();
        given().auth().oauth2(Keycloak.userToken(stack, "health.lead")).contentType("application/json")
                .body("{\"rag\": \"GREEN\", \"narrative\": \"Not ours to report\"}")
                .when().post(stack.gatewayUrl() + "/api/actions/" + policeAction + "/updates")
                .then().statusCode(403);
    }

    @Test
    void theDfeAdvisersLandingPageShowsThePartnershipAndTheBenchmarks() throws Exception {
        Page page = BrowserExtension.browser().signIn(stack.gatewayUrl(), "dfe.adviser");
        landed(page, "dfe-adviser");
        assertThat(page.textContent("h1")).contains("DfE improvement adviser");
        assertThat(page.locator("#actions-table a:has-text('Report progress')").count()).isZero();
        // The adviser oversees St Helens and Wirral: both, council by council, and nothing else.
        assertThat(councils(page, "#council-breakdown")).containsExactlyInAnyOrder("342", "344");

        page.navigate(stack.gatewayUrl() + "/dashboard/portfolio");
        assertThat(page.textContent("h1")).contains("Your councils side by side");
        assertThat(councils(page, "#portfolio")).containsExactlyInAnyOrder("342", "344");
        assertThat(page.textContent("#portfolio tr[data-council='344']")).contains("Wirral", "Inadequate",
                "of 19 findings answered");
        assertThat(page.textContent("#portfolio tr[data-council='342']")).contains("St. Helens", "Good");
        Browser.screenshot(page, "dfe-adviser-portfolio");
        assertThat(Browser.seriousAccessibilityViolations(page)).as("the adviser's portfolio").isEmpty();
        page.click("#portfolio th a:has-text('Council')");
        assertThat(councils(page, "#portfolio")).containsExactly("342", "344");
        var download = page.waitForDownload(() -> page.click("a:has-text('Download this table (CSV)')"));
        List<String> lines = Files.readAllLines(download.path());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("laCode,council,latestJudgement");
        // Into one council's full view.
        page.click("#portfolio a:has-text('Wirral')");
        assertThat(page.textContent(".govuk-caption-l")).contains("Wirral");
        assertThat(page.textContent("#plan-progress")).contains("2016–2018");
    }

    @Test
    void theForcesLeadSeesEachOfItsCouncilsAndSwitchesBetweenThem() {
        Page page = BrowserExtension.browser().signIn(stack.gatewayUrl(), "police.lead");
        page.navigate(stack.gatewayUrl() + "/");
        assertThat(councils(page, "#council-breakdown")).containsExactlyInAnyOrder("340", "341", "342", "343", "344");
        page.click("#council-breakdown a:has-text('Wirral')");
        assertThat(page.textContent(".govuk-caption-l")).contains("Wirral");
        assertThat(leadAgencies(page)).isNotEmpty().containsOnly("Police");
        // A council outside the force's area is not shown, whatever is asked: the page stays on one of its own.
        page.navigate(stack.gatewayUrl() + "/?council=876");
        assertThat(page.textContent(".govuk-caption-l")).doesNotContain("Halton");
        // The portfolio is an overseer's.
        assertThat(page.navigate(stack.gatewayUrl() + "/dashboard/portfolio").status()).isEqualTo(403);
    }

    private static List<String> councils(Page page, String table) {
        @SuppressWarnings("unchecked")
        List<String> councils = (List<String>) page.evaluate("t => [...document.querySelectorAll(t + ' tbody"
                + " tr[data-council]')].map(r => r.dataset.council)", table);
        return councils;
    }

    @Test
    void thePoliceLeadSeesTheFindingsAddressedToThePoliceAndTheCouncilsStatutoryDeadlines() {
        String director = Keycloak.userToken(stack, TestPlan.EDITOR);
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String police = "Police custody records do not show the appropriate adult was called (" + mark + ").";
        String health = "School nurses are not told of children's attendance at the emergency department (" + mark + ").";
        java.time.LocalDate today = java.time.LocalDate.now();
        String jtai = given().auth().oauth2(director).contentType("application/json").body("""
                {"laCode": "340", "type": "JTAI", "notifiedDate": "%s", "onSiteStart": "%s", "onSiteEnd": "%s",
                 "theme": "The multi-agency response to children who are victims of domestic abuse"}"""
                .formatted(today.minusDays(70), today.minusDays(60), today.minusDays(56)))
                .when().post(stack.gatewayUrl() + "/api/inspections").then().statusCode(201).extract().path("id");
        given().auth().oauth2(director).contentType("application/json").body("""
                {"publishedDate": "%s", "findings": [
                  {"kind": "AREA_FOR_IMPROVEMENT", "addressedTo": ["POLICE"], "text": "%s"},
                  {"kind": "AREA_FOR_IMPROVEMENT", "addressedTo": ["HEALTH"], "text": "%s"}]}"""
                .formatted(today.minusDays(30), police, health))
                .when().post(stack.gatewayUrl() + "/api/inspections/" + jtai + "/publish").then().statusCode(200);
        String lead = Keycloak.userToken(stack, "police.lead");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> given().auth()
                .oauth2(lead).queryParam("laCode", "340").get(stack.gatewayUrl() + "/partners/police/findings")
                .then().extract().jsonPath().getList("text").contains(police));

        Page page = BrowserExtension.browser().signIn(stack.gatewayUrl(), "police.lead");
        page.navigate(stack.gatewayUrl() + "/?council=340");
        page.waitForSelector("#findings-table");
        assertThat(page.textContent("#findings-table")).contains(police).doesNotContain(health);
        assertThat(page.textContent("#deadlines-table"))
                .contains("The partnership's written statement of action after a joint targeted area inspection");
        Browser.screenshot(page, "police-lead-knowsley-findings");
        assertThat(Browser.seriousAccessibilityViolations(page)).as("the police lead's Knowsley page").isEmpty();
    }

    @Test
    void theLiveFeedShowsAChangeAnotherPersonMadeWithinTwoSecondsWithoutAReload() {
        Page page = BrowserExtension.browser().signIn(stack.gatewayUrl(), "police.lead");
        page.evaluate("() => { window.csipSamePage = true; }");
        String title = "Police: joint triage, renamed " + UUID.randomUUID().toString().substring(0, 8);
        String action = policeAction();
        rename(action, title);
        long changed = System.nanoTime();
        page.waitForSelector("#feed-events li:has-text('" + title + "')",
                new Page.WaitForSelectorOptions().setTimeout(2_000).setState(WaitForSelectorState.ATTACHED));
        System.out.printf("Another person's change reached the police dashboard %d ms after the PUT returned%n",
                (System.nanoTime() - changed) / 1_000_000);
        assertThat(page.evaluate("() => window.csipSamePage === true")).isEqualTo(true);
        // The page's own figures follow: the renamed action appears in "My actions" without a reload.
        page.waitForSelector("#actions-table td:has-text('" + title + "')");

        // The connection drops: the page says so, and comes back live by itself.
        page.context().setOffline(true);
        page.waitForSelector("#live-status[data-state=reconnecting]");
        assertThat(page.textContent("#live-status")).contains("Reconnecting");
        page.context().setOffline(false);
        page.waitForSelector("#live-status[data-state=live]", new Page.WaitForSelectorOptions().setTimeout(15_000));
    }

    @Test
    void signingOutEndsTheSessionAndTheDashboardAsksForALoginAgain() {
        Page page = BrowserExtension.browser().signIn(stack.gatewayUrl(), "board.chair");
        page.click("a:has-text('Sign out')");
        page.waitForSelector("h1:has-text('You have signed out')");
        page.navigate(stack.gatewayUrl() + "/");
        page.waitForSelector("#username");
        assertThat(page.url()).startsWith(stack.keycloakUrl());
    }

    /** A landing page: nothing serious for axe, and a screenshot to look at. */
    private static void landed(Page page, String who) {
        page.waitForFunction("() => window.Chart && document.querySelectorAll('canvas').length > 0"
                + " && [...document.querySelectorAll('canvas')].every(c => window.Chart.getChart(c))");
        Browser.screenshot(page, who + "-landing");
        assertThat(Browser.seriousAccessibilityViolations(page)).as(who + "'s landing page").isEmpty();
    }

    private static List<String> leadAgencies(Page page) {
        @SuppressWarnings("unchecked")
        List<String> agencies = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('#actions-table tbody tr')].map(r => r.dataset.leadAgency)");
        return agencies;
    }

    private String policeAction() {
        String director = Keycloak.userToken(stack, "director");
        String plan = given().auth().oauth2(director).queryParam("laCode", "342")
                .when().get(stack.gatewayUrl() + "/api/plans").then().statusCode(200).extract().path("[0].id");
        return given().auth().oauth2(director).queryParam("planId", plan).queryParam("leadAgency", "POLICE")
                .queryParam("status", "IN_PROGRESS")
                .when().get(stack.gatewayUrl() + "/api/actions").then().statusCode(200).extract().path("[0].id");
    }

    private void rename(String actionId, String title) {
        String director = Keycloak.userToken(stack, "director");
        String path = stack.gatewayUrl() + "/api/actions/" + actionId;
        var current = given().auth().oauth2(director).get(path).then().statusCode(200).extract();
        given().auth().oauth2(director).header("If-Match", current.header("ETag")).contentType("application/json")
                .body("""
                        {"themeId": "%s", "title": "%s", "leadAgency": "POLICE", "owner": "%s", "startDate": "%s",
                         "dueDate": "%s"}""".formatted(current.path("themeId"), title, current.path("owner"),
                        current.path("startDate"), current.path("dueDate")))
                .put(path).then().statusCode(200);
    }
}
