package dev.journeydash.text;

import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

/**
 * Freemarker set up for templates that a consultant supplies, one instance per brand folder and
 * output format (templates are parsed for one output format, so that an included file is escaped
 * as its includer is; and no cache is shared between brands). Every template it hands out, the
 * main one and each included or imported one, has passed {@link TemplateScan} and carries
 * Freemarker's thread-interruption checks, so that the time limit can stop its loops.
 */
final class SandboxConfiguration extends Configuration {
    /** Numbers in text: grouped, at most two decimals, in the locale's symbols (1,234.5 / 1.234,5). */
    static final String NUMBER_FORMAT = "#,##0.##";

    private final OutputFormat format;
    private final Set<Template> prepared = Collections.newSetFromMap(new IdentityHashMap<>());

    SandboxConfiguration(BrandTemplateLoader loader, boolean html) {
        super(VERSION_2_3_35);
        format = html ? HTMLOutputFormat.INSTANCE : PlainTextOutputFormat.INSTANCE;
        setTemplateLoader(loader);
        setCacheStorage(new StrongCacheStorage());
        setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        setLocalizedLookup(false);
        setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        setRecognizeStandardFileExtensions(false);
        setOutputFormat(format);
        setAutoEscapingPolicy(ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        setTagSyntax(ANGLE_BRACKET_TAG_SYNTAX);
        setInterpolationSyntax(DOLLAR_INTERPOLATION_SYNTAX);

        setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        setAPIBuiltinEnabled(false);
        setObjectWrapper(PlainWrapper.INSTANCE);
        setArithmeticEngine(BoundedArithmetic.INSTANCE);
        setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        setAttemptExceptionReporter((te, env) -> { });
        setLogTemplateExceptions(false);
        // our limits throw unchecked exceptions (TooDeep, TooLargeNumber); unwrapped, no <#attempt> can recover from them
        setWrapUncheckedExceptions(false);

        setDefaultEncoding("UTF-8");
        setOutputEncoding("UTF-8");
        setURLEscapingCharset("UTF-8");
        setLocale(Locale.ENGLISH);
        setTimeZone(TimeZone.getTimeZone("UTC"));
        setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        setNumberFormat(NUMBER_FORMAT);
        setDateFormat("medium");
        setTimeFormat("short");
        setDateTimeFormat("medium_short");
    }

    OutputFormat format() {
        return format;
    }

    /**
     * Every template lookup, the caller's and the templates' own ({@code <#include>}, {@code <#import>},
     * {@code .get_optional_template}), comes here: the template is checked and made interruptible
     * before it is first returned. One that fails the check is checked (and refused) again each time.
     */
    @Override
    public synchronized Template getTemplate(String name, Locale locale, Object customLookupCondition,
                                             String encoding, boolean parseAsFTL, boolean ignoreMissing)
            throws IOException {
        Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
        if (t != null) {
            prepare(t);
        }
        return t;
    }

    private void prepare(Template t) throws IOException {
        if (!prepared.contains(t)) {
            prepareInline(t);
            prepared.add(t);
        }
    }

    /** Checks a template made from text (throws ParseException) and adds the interruption checks. */
    void prepareInline(Template t) throws IOException {
        TemplateScan.check(t, format);
        _CoreAPI.addThreadInterruptedChecks(t);
    }
}
