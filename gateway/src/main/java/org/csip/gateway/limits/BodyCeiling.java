package org.csip.gateway.limits;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.ws.rs.core.Response;
import org.csip.common.problem.Problem;
import org.csip.gateway.routing.GatewayProblems;

/**
 * Counts the bytes of a proxied request body as they arrive — a chunked body has no {@code Content-Length} to
 * trust — and answers 413 problem+json the moment there are more than the route allows ({@link BodyLimit}); nothing
 * reaches the service until the whole body is in and within its limit.
 */
public final class BodyCeiling implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Body body = context.request().getBody();
        if (body == null || body.length() == 0) {
            return context.sendRequest();
        }
        long limit = BodyLimit.limitFor(context.request().proxiedRequest().path());
        Promise<ProxyResponse> answer = Promise.promise();
        Buffer received = Buffer.buffer();
        ReadStream<Buffer> stream = body.stream();
        stream.exceptionHandler(answer::tryFail);
        stream.handler(chunk -> {
            if (answer.future().isComplete()) {
                return;
            }
            if (received.length() + (long) chunk.length() > limit) {
                stream.handler(null);
                answer.tryComplete(tooLarge(context, limit));
                return;
            }
            received.appendBuffer(chunk);
        });
        stream.endHandler(end -> {
            if (!answer.future().isComplete()) {
                context.request().setBody(Body.body(received));
                context.sendRequest().onComplete(answer);
            }
        });
        stream.resume();
        return answer.future();
    }

    private static ProxyResponse tooLarge(ProxyContext context, long limit) {
        ProxyResponse response = context.request().response().setStatusCode(413)
                .setStatusMessage("Content Too Large");
        response.headers().clear();
        response.putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Connection", "close");
        response.setBody(Body.body(Buffer.buffer(GatewayProblems.json(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                BodyLimit.detail("more than " + limit, context.request().proxiedRequest().path())))));
        return response;
    }
}
