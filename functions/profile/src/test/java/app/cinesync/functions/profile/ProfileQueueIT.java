package app.cinesync.functions.profile;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.aws.ElasticMq;
import app.cinesync.aws.SqsProfileQueue;
import app.cinesync.core.app.CineSync;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.discord.CommandInteraction;
import app.cinesync.discord.InteractionContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The profile pipeline over SQS as template.yaml wires it, on an embedded ElasticMQ through the
 * real SDK v2 client: RateCommand enqueues through SqsProfileQueue; a poller does what Lambda's
 * event source mapping does (receive, invoke ProfileHandler, delete all but the reported
 * failures); the queue's RedrivePolicy (maxReceiveCount 3) moves a poison message to the DLQ.
 */
class ProfileQueueIT {
    private static final long MEMBER = ProfileHandlerIT.MEMBER;

    private final ElasticMq sqs = new ElasticMq();
    private String queueUrl;
    private String dlqUrl;
    private final Map<String, Integer> deliveries = new HashMap<>();

    @BeforeEach
    void setUp() {
        TestDatabase.reset();
        dlqUrl = sqs.createQueue("profile-dlq", Map.of());
        queueUrl = sqs.createQueue("profile", Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "1",
                QueueAttributeName.REDRIVE_POLICY, "{\"maxReceiveCount\":\"3\",\"deadLetterTargetArn\":\"" + sqs.arnOf(dlqUrl) + "\"}"));
    }

    @AfterEach
    void tearDown() {
        sqs.close();
    }

    @Test
    void ratingsAreProfiled_andAPoisonMessageLandsInTheDlqAfterThreeReceives() throws InterruptedException {
        CineSync app = new CineSync(TestDatabase.get(), Clock.systemUTC());
        SqsProfileQueue queue = new SqsProfileQueue(sqs.client(), queueUrl);
        rate(app, queue, "Amélie (2001)", "5");
        rate(app, queue, "The Matrix", "4"); // a second message for the same member
        sqs.client().sendMessage(b -> b.queueUrl(queueUrl).messageBody("not-a-member-id"));
        ProfileHandler handler = ProfileHandlerIT.handler(app);

        List<Message> dead = List.of();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (dead.isEmpty() && Instant.now().isBefore(deadline)) {
            pollOnce(sqs.client(), handler);
            dead = sqs.client().receiveMessage(b -> b.queueUrl(dlqUrl).maxNumberOfMessages(10)).messages();
        }

        assertThat(dead).extracting(Message::body).containsExactly("not-a-member-id");
        assertThat(deliveries.get("not-a-member-id")).isEqualTo(3);
        assertThat(deliveries.get(Long.toUnsignedString(MEMBER))).isEqualTo(2); // each rating's message, once
        assertThat(ProfileHandlerIT.storedProfile()).startsWith("2 ");
        assertThat(sqs.client().getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).isEqualTo("0");
    }

    private static void rate(CineSync app, SqsProfileQueue queue, String title, String stars) {
        app.rateCommand(queue).handle(CommandInteraction.slash(InteractionContext.of(MEMBER).withMemberName("Cinephile"),
                "rate", Map.of("movie", title, "rating", stars)));
    }

    /** One round of Lambda's SQS poller with ReportBatchItemFailures. */
    private void pollOnce(SqsClient client, ProfileHandler handler) {
        List<Message> received = client.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
        if (received.isEmpty()) {
            return;
        }
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (Message m : received) {
            deliveries.merge(m.body(), 1, Integer::sum);
            SQSEvent.SQSMessage r = new SQSEvent.SQSMessage();
            r.setMessageId(m.messageId());
            r.setReceiptHandle(m.receiptHandle());
            r.setBody(m.body());
            r.setEventSource("aws:sqs");
            records.add(r);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        SQSBatchResponse response = handler.handleRequest(event, null);
        Set<String> failed = response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).collect(Collectors.toSet());
        received.stream().filter(m -> !failed.contains(m.messageId()))
                .forEach(m -> client.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle())));
    }
}
