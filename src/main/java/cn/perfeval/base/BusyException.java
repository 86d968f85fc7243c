package cn.perfeval.base;

/**
 * Too many large documents or workbooks are being read at once: the request was not processed
 * and may be sent again shortly (the API answers 503 with {@code Retry-After}).
 */
public class BusyException extends PerfevalException {

    private final long retryAfterSeconds;

    public BusyException(long retryAfterSeconds) {
        super(new LocalizedMessage("error.busy", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
