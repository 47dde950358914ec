package app.cinesync.discord;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The texts of one message catalog in one language. A catalog is a family of UTF-8
 * {@code .properties} files, one per language: {@code <catalog>.properties} in English (also what
 * a text missing from a translation falls back to), {@code <catalog>_fr.properties} in French,
 * and so on, which a translator edits without touching code. Each text is a
 * {@link MessageFormat} pattern, formatted for the language: numbers ({@code {0,number,0.0}} is
 * 3,5 in French) and plurals ({@code {0,choice,0#{0} film|2#{0} films}}).
 */
public final class Texts {
    /** Only {@code .properties} files, and no fallback to the JVM's default locale: English is the base file. */
    private static final ResourceBundle.Control FILES =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** @param catalog the bundle's base name, e.g. {@code i18n.router} for {@code i18n/router*.properties} */
    public static Texts of(String catalog, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new Texts(ResourceBundle.getBundle(catalog, locale, Texts.class.getClassLoader(), FILES), locale);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text {@code key}, its placeholders filled with {@code args}.
     *
     * @throws java.util.MissingResourceException when not even the English file has the key
     */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
