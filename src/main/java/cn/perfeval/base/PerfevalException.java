package cn.perfeval.base;

/** A refusal the user must be told about, in their language. */
public abstract class PerfevalException extends RuntimeException {

    private final LocalizedMessage localized;

    protected PerfevalException(LocalizedMessage localized) {
        super(localized.toString());
        this.localized = localized;
    }

    public LocalizedMessage localized() {
        return localized;
    }
}
