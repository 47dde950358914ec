package app.cinesync.cli;

import app.cinesync.functions.interactions.InteractionsHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /interactions} on Jetty, translated to the payload-2.0 event a Function URL would
 * build for {@link InteractionsHandler}, and back.
 *
 * <p>The body is read without holding a thread (a client that trickles it costs a socket, not a
 * worker), must be no larger than {@link #MAX_BODY_BYTES} (refused with 413 before it is read
 * when it says its length, and as soon as it grows past it when it does not), and must have
 * arrived within {@link #BODY_DEADLINE} (408 otherwise). Only then is the signature checked.
 */
final class InteractionsHttpHandler extends Handler.Abstract.NonBlocking {
    static final String PATH = "/interactions";
    /**
     * 1 MiB. Discord's largest interactions are a modal with five 4,000-character inputs or a
     * component on a message with embeds (6,000 characters across them) plus resolved users and
     * members: tens of kilobytes, even with every character escaped in the JSON. A Function URL
     * would accept up to 6 MB; a megabyte is ample room above Discord and small enough that a
     * flood of maximal bodies cannot exhaust the heap.
     */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Discord sends the whole body at once and waits 3 s for the answer; a body still arriving after this is no Discord request. */
    static final Duration BODY_DEADLINE = Duration.ofSeconds(10);

    private final InteractionsHandler endpoint;
    private final Executor work;

    /** @param work where signature checks and answers run once a body is in (not the thread that read it) */
    InteractionsHttpHandler(InteractionsHandler endpoint, Executor work) {
        this.endpoint = endpoint;
        this.work = work;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!PATH.equals(Request.getPathInContext(request))) {
            return false;
        }
        if (!HttpMethod.POST.is(request.getMethod())) {
            Response.writeError(request, response, callback, 405);
            return true;
        }
        Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES)
                .orTimeout(BODY_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((body, failure) -> {
                    if (failure != null) {
                        refuse(request, response, callback, failure instanceof CompletionException c ? c.getCause() : failure);
                    } else {
                        answer(request, response, callback, body);
                    }
                }, work);
        return true;
    }

    private void answer(Request request, Response response, Callback callback, byte[] body) {
        Map<String, String> headers = new HashMap<>();
        for (HttpField f : request.getHeaders()) {
            headers.merge(f.getLowerCaseName(), f.getValue(), (a, b) -> a + "," + b);
        }
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withHeaders(headers).withBody(new String(body, StandardCharsets.UTF_8)).withIsBase64Encoded(false)
                .withRawPath(PATH).build();
        APIGatewayV2HTTPResponse answer;
        try {
            answer = endpoint.handleRequest(event, null);
        } catch (RuntimeException e) {
            Response.writeError(request, response, callback, 500, "the endpoint failed", e);
            return;
        }
        response.setStatus(answer.getStatusCode());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(answer.getBody().getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** A body too large, too slow, or cut off: answered without ever reaching the endpoint. */
    private static void refuse(Request request, Response response, Callback callback, Throwable why) {
        int status;
        String message;
        if (why instanceof TimeoutException) {
            request.fail(why); // stop reading whatever is still trickling in
            status = 408;
            message = "the request body did not arrive within " + BODY_DEADLINE.toSeconds() + " s";
        } else if (why instanceof HttpException http && http.getCode() == 413 || why instanceof IllegalArgumentException) {
            status = 413;
            message = "request bodies are limited to " + MAX_BODY_BYTES + " bytes";
        } else {
            status = why instanceof HttpException http ? http.getCode() : 400;
            message = "the request body could not be read";
        }
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Response.writeError(request, response, callback, status, message);
    }
}
