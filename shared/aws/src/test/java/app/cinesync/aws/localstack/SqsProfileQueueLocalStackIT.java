package app.cinesync.aws.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.aws.SqsProfileQueue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The profile queue against LocalStack's SQS, a closer copy of AWS than ElasticMQ. Opt-in
 * ({@code ./mvnw -Plocalstack test -pl shared/aws}): it needs a Docker engine, and without one
 * JUnit reports it as skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
class SqsProfileQueueLocalStackIT {
    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
            .withServices(LocalStackContainer.Service.SQS);

    private static SqsClient client() {
        return SqsClient.builder()
                .endpointOverride(LOCALSTACK.getEndpoint())
                .region(Region.of(LOCALSTACK.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    @Test
    void enqueue_deliversTheMemberId_andAnUnprocessedMessageMovesToTheDlqAfterThreeReceives() throws InterruptedException {
        try (SqsClient sqs = client()) {
            String dlq = sqs.createQueue(b -> b.queueName("profile-dlq")).queueUrl();
            String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN);
            String queue = sqs.createQueue(b -> b.queueName("profile").attributes(Map.of(
                    QueueAttributeName.VISIBILITY_TIMEOUT, "1",
                    QueueAttributeName.REDRIVE_POLICY, "{\"maxReceiveCount\":\"3\",\"deadLetterTargetArn\":\"" + dlqArn + "\"}"))).queueUrl();

            new SqsProfileQueue(sqs, queue).enqueue(Long.parseUnsignedLong("1300000000000000001"));

            List<Message> dead = List.of();
            for (int round = 0; round < 10 && dead.isEmpty(); round++) {
                List<Message> got = sqs.receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(1)).messages();
                got.forEach(m -> assertThat(m.body()).isEqualTo("1300000000000000001")); // never deleted: a failing consumer
                Thread.sleep(1100);
                dead = sqs.receiveMessage(b -> b.queueUrl(dlq)).messages();
            }
            assertThat(dead).extracting(Message::body).containsExactly("1300000000000000001");
        }
    }
}
