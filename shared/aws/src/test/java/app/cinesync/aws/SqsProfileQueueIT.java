package app.cinesync.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/** SqsProfileQueue through the real SDK v2 client against an embedded ElasticMQ. */
class SqsProfileQueueIT {
    private static ElasticMq sqs;

    @BeforeAll
    static void start() {
        sqs = new ElasticMq();
    }

    @AfterAll
    static void stop() {
        sqs.close();
    }

    @Test
    void enqueue_sendsTheMembersIdAlone_asAnUnsignedSnowflake() {
        String url = sqs.createQueue("profile-ids", Map.of());
        SqsProfileQueue queue = new SqsProfileQueue(sqs.client(), url);

        queue.enqueue(Long.parseUnsignedLong("1300000000000000001"));
        queue.enqueue(Long.parseUnsignedLong("18446744073709551615")); // above Long.MAX_VALUE

        var bodies = sqs.client().receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages().stream().map(Message::body).toList();
        assertThat(bodies).containsExactlyInAnyOrder("1300000000000000001", "18446744073709551615");
    }

    @Test
    void enqueue_whenTheQueueDoesNotExist_throws_soTheCallerCanCarryOn() {
        SqsProfileQueue queue = new SqsProfileQueue(sqs.client(), sqs.createQueue("doomed", Map.of()).replace("doomed", "missing"));

        assertThatThrownBy(() -> queue.enqueue(1L)).isInstanceOf(RuntimeException.class);
    }
}
