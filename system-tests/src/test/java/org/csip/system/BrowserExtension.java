package org.csip.system;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Debian's Chromium for a test class that drives the dashboard: started before its tests, closed after them. */
public class BrowserExtension implements BeforeAllCallback, AfterAllCallback {
    private static Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.ensureScreenshotFolder();
        browser = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        browser.close();
        browser = null;
    }

    static Browser browser() {
        return browser;
    }
}
