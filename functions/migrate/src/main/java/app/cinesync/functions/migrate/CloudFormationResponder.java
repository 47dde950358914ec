package app.cinesync.functions.migrate;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Answers a custom resource request by PUT to its pre-signed {@code ResponseURL}. */
public final class CloudFormationResponder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;

    public CloudFormationResponder(HttpClient http) {
        this.http = http;
    }

    /** @return the status sent */
    public String send(CloudFormationCustomResourceEvent event, String physicalId, boolean success, String reason) {
        String status = success ? "SUCCESS" : "FAILED";
        ObjectNode body = JSON.createObjectNode()
                .put("Status", status)
                .put("Reason", reason.length() > 2000 ? reason.substring(0, 2000) : reason)
                .put("PhysicalResourceId", physicalId)
                .put("StackId", event.getStackId())
                .put("RequestId", event.getRequestId())
                .put("LogicalResourceId", event.getLogicalResourceId());
        HttpRequest request = HttpRequest.newBuilder(URI.create(event.getResponseUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            int code = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (code / 100 != 2) {
                throw new IllegalStateException("CloudFormation answered " + code);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not reach CloudFormation", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return status;
    }
}
