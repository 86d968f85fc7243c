package cn.perfeval.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Vaadin's texts come from the same bundles as the API's: Simplified Chinese first, English second. */
@Component
class TranslationProvider implements I18NProvider {

    private final Messages messages;

    TranslationProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Messages.DEFAULT_LOCALE, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(key, locale, params);
    }
}
