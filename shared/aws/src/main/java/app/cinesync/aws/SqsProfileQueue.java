package app.cinesync.aws;

import app.cinesync.core.app.ProfileQueue;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Queues profile refreshes on SQS. The body is the member's id alone; the consumer reads
 * everything else from the database, so a late or repeated message is harmless.
 */
public final class SqsProfileQueue implements ProfileQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsProfileQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(long userId) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(Long.toUnsignedString(userId)));
    }
}
