package app.cinesync.functions.imports;

import app.cinesync.aws.AwsDatabase;
import app.cinesync.aws.DatabaseConfig;
import app.cinesync.core.db.DatabaseTimeouts;
import app.cinesync.aws.Env;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * ImportFunction, invoked by an operator ({@code aws lambda invoke}, README step 4): loads the
 * MovieLens-format files of one folder of the stack's import bucket into the database (the
 * catalog, and its ratings as community ratings), then retrains the collaborative model. The
 * database admits no one from outside the VPC; this is how a catalog gets in.
 */
public final class ImportHandler implements RequestHandler<ImportRequest, String> {
    private final BucketImport bucketImport;

    public ImportHandler() {
        Env env = Env.system();
        S3Client s3 = S3Client.builder()
                .region(Region.of(env.required("AWS_REGION")))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        this.bucketImport = new BucketImport(s3, env.required("IMPORT_BUCKET"), AwsDatabase.open(DatabaseConfig.fromEnv(env), DatabaseTimeouts.BATCH.socket()));
    }

    /** With the bucket and the database given (tests). */
    public ImportHandler(BucketImport bucketImport) {
        this.bucketImport = bucketImport;
    }

    @Override
    public String handleRequest(ImportRequest request, Context context) {
        return bucketImport.run(request.getPrefix() == null ? "" : request.getPrefix(), !Boolean.FALSE.equals(request.getTrain()));
    }
}
