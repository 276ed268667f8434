package org.csip.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A service builds its {@code Location} (201 Created) from its own address, which a caller cannot reach: the
 * gateway points it at itself — the scheme and host the caller used ({@code X-Forwarded-*} from a trusted ingress
 * honoured by Quarkus), with the service's path and query.
 */
final class PublicLocation implements ProxyInterceptor {

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        String location = context.response().headers().get("Location");
        if (location != null) {
            HttpServerRequest caller = context.request().proxiedRequest();
            context.response().putHeader("Location", rewrite(location, caller.scheme(), caller.host()));
        }
        return context.sendResponse();
    }

    /** {@code location} on {@code scheme://host}; left alone when it is not an absolute URI. */
    static String rewrite(String location, String scheme, String host) {
        try {
            URI uri = new URI(location);
            if (!uri.isAbsolute() || host == null) {
                return location;
            }
            return (scheme == null ? "http" : scheme) + "://" + host + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return location;
        }
    }
}
