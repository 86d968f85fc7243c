package cn.perfeval.base;

/** The object does not exist, or the caller may not know that it exists. */
public class NotFoundException extends PerfevalException {

    public NotFoundException(String key, Object... args) {
        super(new LocalizedMessage(key, args));
    }
}
