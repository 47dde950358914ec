package app.cinesync.functions.interactions;

import app.cinesync.discord.Autocompleter;
import app.cinesync.discord.Choice;
import app.cinesync.discord.Dispatcher;
import app.cinesync.discord.Route;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Dispatch in AWS: an asynchronous {@code Invoke} ({@code InvocationType=Event}) of the
 * command's function, which Lambda queues and runs after we have answered Discord. Autocomplete
 * is a synchronous {@code Invoke} of RateFunction, which owns the catalog's database access.
 */
public final class LambdaDispatcher implements Dispatcher, Autocompleter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaClient lambda;
    private final Map<Route, String> functions;

    public LambdaDispatcher(LambdaClient lambda, Map<Route, String> functions) {
        this.lambda = lambda;
        this.functions = Map.copyOf(functions);
    }

    @Override
    public void dispatch(Route route, byte[] interactionJson) {
        InvokeResponse r = lambda.invoke(b -> b.functionName(functions.get(route))
                .invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromByteArray(interactionJson)));
        if (r.statusCode() != 202) {
            throw new IllegalStateException("Lambda accepted the " + route + " dispatch with status " + r.statusCode());
        }
    }

    /**
     * Asks RateFunction, synchronously, with a minimal autocomplete interaction carrying just
     * what was typed; it answers with the type-8 response whose choices we pass on.
     */
    @Override
    public List<Choice> suggest(String command, String option, String text) {
        ObjectNode request = JSON.createObjectNode().put("type", 4).put("id", "0").put("token", "autocomplete");
        request.putObject("user").put("id", "0");
        ObjectNode data = request.putObject("data").put("name", command);
        data.putArray("options").addObject().put("name", option).put("value", text).put("focused", true);
        InvokeResponse r = lambda.invoke(b -> b.functionName(functions.get(Route.RATE))
                .invocationType(InvocationType.REQUEST_RESPONSE)
                .payload(SdkBytes.fromUtf8String(request.toString())));
        if (r.functionError() != null) {
            throw new IllegalStateException("autocomplete failed in RateFunction: " + r.functionError());
        }
        try {
            JsonNode choices = JSON.readTree(r.payload().asString(StandardCharsets.UTF_8)).path("data").path("choices");
            List<Choice> out = new ArrayList<>();
            choices.forEach(c -> out.add(new Choice(c.path("name").asText(), c.path("value").asText())));
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("RateFunction answered autocomplete with something unreadable", e);
        }
    }
}
