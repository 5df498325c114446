package dev.journeydash.text;

import freemarker.core.MarkupOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.Template;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a parsed template before it runs: no built-in, directive or special variable that escapes
 * the sandbox or its static checks ({@code ?new}, {@code ?api}, {@code ?eval}, {@code ?interpret},
 * {@code ?no_esc}, {@code <#noautoesc>}, {@code <#outputformat>}, {@code .now}), and the output
 * format journeydash chose (no {@code <#ftl output_format=...>} or {@code auto_esc=false}).
 *
 * <p>Freemarker 2.3 has no public API for the expressions of a parsed template; its tree exposes
 * them to tools through the package-private {@code TemplateObject.getParameterValue}, which this
 * class calls by reflection. If that ever fails, every template is refused (fail closed); the
 * hostile-template tests would show it at once. Freemarker marks the tree classes deprecated for
 * that reason (internal API), hence the suppressed warnings.
 */
@SuppressWarnings("deprecation")
final class TemplateScan {
    /** Node symbol (as Freemarker names it, snake case) to the reason it is refused. */
    private static final Map<String, String> FORBIDDEN = Map.of(
            "?new", "?new is not allowed in journeydash templates",
            "?api", "?api is not allowed in journeydash templates",
            "?has_api", "?has_api is not allowed in journeydash templates",
            "?eval", "?eval is not allowed in journeydash templates; write the expression itself",
            "?interpret", "?interpret is not allowed in journeydash templates; put the template text in a file "
                    + "of the brand folder and <#include> it",
            "?no_esc", "?no_esc is not allowed in journeydash templates: data is always escaped in HTML; "
                    + "write markup as template text",
            "#noautoesc", "<#noautoesc> is not allowed in journeydash templates: data is always escaped in HTML",
            "#outputformat", "<#outputformat> is not allowed in journeydash templates: journeydash sets the output format",
            ".now", ".now is not allowed in journeydash templates: the output must not depend on the clock; "
                    + "use a date from the data");

    private static final Method SYMBOL;
    private static final Method PARAMETER_COUNT;
    private static final Method PARAMETER_VALUE;

    static {
        Method symbol = null;
        Method count = null;
        Method value = null;
        try {
            symbol = TemplateObject.class.getDeclaredMethod("getNodeTypeSymbol");
            count = TemplateObject.class.getDeclaredMethod("getParameterCount");
            value = TemplateObject.class.getDeclaredMethod("getParameterValue", int.class);
            symbol.setAccessible(true);
            count.setAccessible(true);
            value.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            symbol = null;
        }
        SYMBOL = symbol;
        PARAMETER_COUNT = count;
        PARAMETER_VALUE = value;
    }

    private TemplateScan() { }

    /**
     * @throws ParseException at the first forbidden construct, with its line and column (1-based)
     */
    static void check(Template template, OutputFormat format) throws ParseException {
        if (SYMBOL == null) {
            throw new ParseException("journeydash cannot check templates with this version of Freemarker", template, 1, 1, 1, 1);
        }
        if (template.getOutputFormat() != format || format instanceof MarkupOutputFormat && !template.getAutoEscaping()) {
            throw new ParseException("<#ftl output_format=...> and <#ftl auto_esc=...> are not allowed in journeydash "
                    + "templates: journeydash sets the output format (" + format.getName() + ")", template, 1, 1, 1, 1);
        }
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<TemplateObject> todo = new ArrayDeque<>();
        todo.push(template.getRootTreeNode());
        while (!todo.isEmpty()) {
            TemplateObject node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            refuseIfForbidden(template, node);
            if (node instanceof TemplateElement e) {
                for (int i = e.getChildCount() - 1; i >= 0; i--) {
                    todo.push((TemplateElement) e.getChildAt(i));
                }
            }
            for (int i = count(node) - 1; i >= 0; i--) {
                push(todo, value(node, i));
            }
        }
    }

    private static void push(Deque<TemplateObject> todo, Object value) {
        if (value instanceof TemplateObject o) {
            todo.push(o);
        } else if (value instanceof Collection<?> c) {
            for (Object item : c) {
                push(todo, item);
            }
        }
    }

    private static void refuseIfForbidden(Template template, TemplateObject node) throws ParseException {
        String symbol = snakeCase((String) call(SYMBOL, node));
        String reason = FORBIDDEN.get(symbol);
        if (reason != null) {
            int line = node.getEndLine();
            int column = symbol.startsWith("?") && node.getEndLine() == node.getBeginLine()
                    ? Math.max(node.getBeginColumn(), node.getEndColumn() - symbol.length() + 1) : node.getBeginColumn();
            if (line != node.getBeginLine() && !symbol.startsWith("?")) {
                line = node.getBeginLine();
            }
            throw new ParseException(reason, template, line, column, line, column);
        }
    }

    /** {@code ?hasApi} as {@code ?has_api}, {@code #noAutoEsc} as {@code #noautoesc}: the names we refuse. */
    private static String snakeCase(String symbol) {
        if (symbol == null || symbol.length() < 2) {
            return String.valueOf(symbol);
        }
        if (symbol.startsWith("#")) {
            return symbol.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(symbol.length() + 4);
        for (char c : symbol.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int count(TemplateObject node) {
        return (Integer) call(PARAMETER_COUNT, node);
    }

    private static Object value(TemplateObject node, int index) {
        return call(PARAMETER_VALUE, node, index);
    }

    private static Object call(Method m, TemplateObject node, Object... args) {
        try {
            return m.invoke(node, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot inspect the template tree of Freemarker", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot inspect the template tree of Freemarker", e.getCause());
        }
    }
}
