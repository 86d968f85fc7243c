package cn.perfeval.base;

import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves {@link LocalizedMessage}s; Simplified Chinese unless the caller asks for English. */
@Component
public class Messages {

    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String resolve(LocalizedMessage message, Locale locale) {
        Locale target = supported(locale);
        Object[] args = new Object[message.args().length];
        for (int i = 0; i < args.length; i++) {
            Object arg = message.args()[i];
            args[i] = arg instanceof LocalizedMessage nested ? resolve(nested, target)
                    : arg instanceof Instant instant ? Formats.dateTime(instant)
                    : arg instanceof Enum<?> e ? e.name()
                    : arg;
        }
        return source.getMessage(message.key(), args, message.key(), target);
    }

    public String get(String key, Locale locale, Object... args) {
        return resolve(new LocalizedMessage(key, args), locale);
    }

    /** The language a request asks for with {@code Accept-Language}; Chinese when it asks for none. */
    public static Locale of(jakarta.servlet.http.HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? DEFAULT_LOCALE : supported(request.getLocale());
    }

    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : DEFAULT_LOCALE;
    }
}
