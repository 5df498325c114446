package dev.journeydash.text;

import dev.journeydash.model.InputException;
import dev.journeydash.model.InputException.Problem;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.StopException;
import freemarker.core.TemplateProcessingTracer.TracedElement;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;

import java.util.Locale;
import java.util.Map;

/**
 * Turns whatever stopped a rendering into an {@link InputException} with the template's file, line
 * and column and what was wrong in plain words; Freemarker's own messages are cut to their first
 * statement, without its tips, stack and internal class names.
 */
final class Problems {
    private final BrandTemplateLoader loader;
    private final String mainFile;
    private final Map<String, ?> data;
    private final GuardedRender.Limits limits;
    private final String formatName;

    /**
     * @param mainFile   the file messages name when nothing more precise is known
     * @param formatName "text" or "HTML", for the output limit's message
     */
    Problems(BrandTemplateLoader loader, String mainFile, Map<String, ?> data, GuardedRender.Limits limits,
             String formatName) {
        this.loader = loader;
        this.mainFile = mainFile;
        this.data = data;
        this.limits = limits;
        this.formatName = formatName;
    }

    /** @throws IllegalStateException for a failure that is not the template's fault (a bug) */
    InputException of(GuardedRender.Failure f) {
        if (f.stop != null) {
            return at(f.where, stopped(f.stop));
        }
        for (Throwable c = f.getCause(); c != null; c = c.getCause()) {
            if (c instanceof ParseException p) {
                return parse(p);
            } else if (c instanceof TemplateException te) {
                return template(te);
            } else if (c instanceof BrandTemplateLoader.TemplateFileException e) {
                return new InputException(new Problem(e.display(), 0, null, e.getMessage()));
            } else if (causeMessage(c) != null) {
                return new InputException(new Problem(mainFile, 0, null, causeMessage(c)));
            } else if (limitMessage(c) != null) {
                return at(f.where, limitMessage(c));
            }
        }
        throw new IllegalStateException("rendering " + mainFile + " failed unexpectedly", f.getCause());
    }

    /** The messages of the limits that surface as exceptions on the rendering thread; null for anything else. */
    private String limitMessage(Throwable cause) {
        if (cause instanceof LimitedWriter.TooLong) {
            return String.format("the output is longer than %,d characters, the limit for %s; look for a <#list> that "
                    + "repeats more than intended", limits.chars(), formatName);
        } else if (cause instanceof GuardedRender.TooDeep) {
            return "directives, macros, functions or includes are nested more than " + GuardedRender.MAX_DEPTH
                    + " levels deep; look for one that calls itself without end";
        } else if (cause instanceof StackOverflowError) {
            return "the template is nested too deeply (an expression, or a macro or include that calls itself)";
        } else if (cause instanceof OutOfMemoryError) {
            return "rendering ran out of memory; look for text that grows in a loop or a <#list> over a huge range";
        } else if (cause instanceof BoundedArithmetic.TooLargeNumber) {
            return cause.getMessage();
        } else if (cause instanceof LimitedWriter.Stopped || isFreemarkerInterruption(cause)) {
            return "rendering was interrupted";
        }
        return null;
    }

    private static boolean isFreemarkerInterruption(Throwable t) {
        return t != null && t.getClass().getName().endsWith("TemplateProcessingThreadInterruptedException");
    }

    private String stopped(GuardedRender.Stop stop) {
        return switch (stop) {
            case TIME -> "rendering took longer than " + seconds() + " and was stopped; look for a built-in over a "
                    + "huge range, such as (1..1000000000)?join(\",\")";
            case TIME_IN_LOOP -> "rendering took longer than " + seconds() + " and was stopped in the loop that starts "
                    + "here (or one inside it); look for a <#list> over a huge range";
            case CALLER_INTERRUPTED -> "rendering was interrupted";
        };
    }

    private String seconds() {
        long ms = limits.time().toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private InputException at(TracedElement where, String message) {
        if (where == null || where.getTemplate() == null) {
            return new InputException(new Problem(mainFile, 0, null, message));
        }
        return problem(where.getTemplate().getSourceName(), where.getBeginLine(), where.getBeginColumn(), message);
    }

    private InputException parse(ParseException p) {
        return problem(p.getTemplateName(), p.getLineNumber(), p.getColumnNumber(),
                FreemarkerText.clean(p.getEditorMessage()));
    }

    private InputException template(TemplateException te) {
        for (Throwable c = te.getCause(); c != null; c = c.getCause()) {
            if (c instanceof ParseException p) {
                return parse(p);
            }
            String message = causeMessage(c) != null ? causeMessage(c) : limitMessage(c);
            if (message != null) {
                return problem(te, message);
            }
        }
        if (te instanceof StopException) {
            String reason = te.getMessageWithoutStackTop();
            boolean given = reason != null && !reason.startsWith("[No error description");
            return problem(te, "the template stopped at <#stop>" + (given ? ": " + FreemarkerText.clean(reason) : ""));
        }
        if (te instanceof InvalidReferenceException) {
            return problem(te, FreemarkerText.missing(te.getBlamedExpressionString(), data));
        }
        return problem(te, FreemarkerText.clean(te.getMessageWithoutStackTop()));
    }

    private String causeMessage(Throwable c) {
        if (c instanceof BrandTemplateLoader.TemplateFileException e) {
            return e.getMessage();
        } else if (c instanceof TemplateNotFoundException e) {
            return notFound(e.getTemplateName());
        } else if (c instanceof MalformedTemplateNameException e) {
            return malformed(e);
        }
        return null;
    }

    private String notFound(String name) {
        return "there is no template \"" + name + "\" " + loader.where();
    }

    private static String malformed(MalformedTemplateNameException e) {
        return "\"" + e.getTemplateName() + "\" is outside the brand folder or not a template name ("
                + FreemarkerText.clean(e.getMalformednessDescription()) + "); a template can only include or import "
                + "templates from its own folder";
    }

    private InputException problem(TemplateException te, String message) {
        Integer line = te.getLineNumber();
        Integer column = te.getColumnNumber();
        return problem(te.getTemplateSourceName(), line == null ? 0 : line, column == null ? 0 : column, message);
    }

    private InputException problem(String sourceName, int line, int column, String message) {
        String file = sourceName == null ? mainFile : loader.display(sourceName);
        return new InputException(new Problem(file, Math.max(0, line),
                line > 0 && column > 0 ? String.valueOf(column) : null, message));
    }
}
