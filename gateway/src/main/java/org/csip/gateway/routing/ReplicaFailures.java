package org.csip.gateway.routing;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.jboss.logging.Logger;

/**
 * What a failed call to a replica says about trying another, the same for the proxied routes (Vert.x) and the
 * gateway's own calls (Java's HTTP client): a refused connection sent nothing, so any request may go on to the next
 * replica; a connection closed under a request may have delivered it, so only a read is asked again; a timeout is a
 * slow service, asked nothing more.
 */
public final class ReplicaFailures {
    private static final Logger LOG = Logger.getLogger(ReplicaFailures.class);

    private ReplicaFailures() {
    }

    /** The replica did not take the connection (refused, or not accepted in time): nothing of the request was sent. */
    public static boolean refused(Throwable failure) {
        return failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException;
    }

    /** The connection ended under the request: not refused, and not the request's timeout. */
    public static boolean closedUnderIt(Throwable failure) {
        return failure instanceof HttpClosedException || failure instanceof IOException && !refused(failure)
                && !(failure instanceof HttpTimeoutException) && !(failure instanceof SocketTimeoutException);
    }

    /** Says that a read is asked of the next replica, and why. */
    public static void askingAgain(String service, String method, String uri, Throwable failure) {
        LOG.warnf("A replica of the %s service closed the connection under %s %s (%s); asking the next one",
                service, method, uri, failure.toString());
    }
}
