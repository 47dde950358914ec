package app.cinesync.functions.imports;

/**
 * What an operator invokes ImportFunction with, e.g. {@code {"prefix": "ml-latest-small/"}}: the
 * folder of the import bucket that holds the files, and whether to retrain afterwards (default
 * yes). A bean with setters, as Lambda's JSON deserializer fills it.
 */
public final class ImportRequest {
    private String prefix = "";
    private Boolean train = Boolean.TRUE;

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public Boolean getTrain() {
        return train;
    }

    public void setTrain(Boolean train) {
        this.train = train;
    }
}
