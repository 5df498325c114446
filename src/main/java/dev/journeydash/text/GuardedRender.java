package dev.journeydash.text;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateProcessingTracer;
import freemarker.core._CoreAPI;
import freemarker.template.Template;
import freemarker.template.TemplateHashModel;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Parses and renders one template on a thread of its own, within limits: time, output length and
 * nesting depth. At the time limit the thread is interrupted
 * (Freemarker's interruption checks stop its loops; the output writer stops between writes) and the
 * caller gets the failure after a short grace period, whether or not the thread has stopped yet:
 * one built-in that loops inside Java ({@code (1..)?seq_contains(0)}) cannot be interrupted, so
 * its thread (a daemon) runs on until that built-in returns, but the caller is not kept waiting.
 */
final class GuardedRender {
    /** Nesting of template elements (directives within directives, macros calling macros) allowed. */
    static final int MAX_DEPTH = 500;
    private static final long STACK_BYTES = 16L * 1024 * 1024;
    private static final long POLL_MILLIS = 20;
    private static final long GRACE_MILLIS = 200;

    /**
     * @param time  longest time for parsing and rendering
     * @param chars most characters of output
     */
    record Limits(Duration time, int chars) { }

    /** Why the caller stopped the rendering thread: time (in a loop: named by the outermost one running), or its own interruption. */
    enum Stop { TIME, TIME_IN_LOOP, CALLER_INTERRUPTED }

    /** A rendering that failed: how, where the template was at the time, and the cause if it threw. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Stop stop;
        final transient TemplateProcessingTracer.TracedElement where;

        Failure(Stop stop, TemplateProcessingTracer.TracedElement where, Throwable cause) {
            super(cause);
            this.stop = stop;
            this.where = where;
        }
    }

    private GuardedRender() { }

    /**
     * @param template gives the template, parsed and checked, on the rendering thread
     * @return the output
     */
    static String run(Callable<Template> template, TemplateHashModel model, Locale locale, Limits limits) throws Failure {
        Tracer tracer = new Tracer();
        FutureTask<String> task = new FutureTask<>(() -> {
            Template t = template.call();
            LimitedWriter out = new LimitedWriter(limits.chars());
            Environment env = t.createProcessingEnvironment(model, out);
            env.setLocale(locale);
            env.setTemplateProcessingTracer(tracer);
            env.process();
            return out.toString();
        });
        Thread worker = new Thread(null, task, "journeydash-template", STACK_BYTES);
        worker.setDaemon(true);
        long deadline = System.nanoTime() + limits.time().toNanos();
        worker.start();
        while (true) {
            try {
                return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw new Failure(null, tracer.last, e.getCause());
            } catch (InterruptedException e) {
                stop(worker, task);
                Thread.currentThread().interrupt();
                throw new Failure(Stop.CALLER_INTERRUPTED, tracer.last, null);
            } catch (TimeoutException e) {
                if (System.nanoTime() - deadline > 0) {
                    TemplateProcessingTracer.TracedElement loop = tracer.outermostLoop;
                    stop(worker, task);
                    throw new Failure(loop != null ? Stop.TIME_IN_LOOP : Stop.TIME, loop != null ? loop : tracer.last, null);
                }
            }
        }
    }

    private static void stop(Thread worker, FutureTask<String> task) {
        worker.interrupt();
        try {
            task.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // stopped by the interruption as expected, or still running: the caller moves on either way
        }
    }

    /**
     * Follows the rendering: the element last entered and the outermost loop running (for messages), and
     * the nesting depth (for the limit). Once over the limit, every element entered fails again, so that
     * nothing renders after it. A loop is known by the interruption check Freemarker put first in its body
     * (macro bodies have one too, so the check's parent must be a {@code <#list>} or {@code <#items>}).
     */
    private static final class Tracer implements TemplateProcessingTracer {
        private static final Class<?> CHECK = freemarkerClass("ThreadInterruptionSupportTemplatePostProcessor$ThreadInterruptionCheck");
        private static final Class<?> LIST = freemarkerClass("IteratorBlock");
        private static final Class<?> ITEMS = freemarkerClass("Items");
        volatile TracedElement last;
        volatile TracedElement outermostLoop;
        private int depth;
        private int loopDepth = Integer.MAX_VALUE;
        private boolean tooDeep;

        /** A class of Freemarker's core; null if this version has none by that name (then no loop is named). */
        private static Class<?> freemarkerClass(String name) {
            try {
                return Class.forName("freemarker.core." + name);
            } catch (ClassNotFoundException e) {
                return null;
            }
        }

        private static boolean startsALoop(TracedElement element) {
            if (element.getClass() != CHECK || !(element instanceof TemplateElement e)) {
                return false;
            }
            TemplateElement parent = _CoreAPI.getParentElement(e);
            return parent != null && (parent.getClass() == LIST || parent.getClass() == ITEMS);
        }

        @Override
        public void enterElement(Environment env, TracedElement element) {
            if (tooDeep || depth >= MAX_DEPTH) {
                tooDeep = true;
                throw new TooDeep();
            }
            last = element;
            if (depth < loopDepth && startsALoop(element)) {
                outermostLoop = element;
                loopDepth = depth;
            }
            depth++;
        }

        @Override
        public void exitElement(Environment env, TracedElement element) {
            depth--;
            if (depth < loopDepth - 1) {
                outermostLoop = null;
                loopDepth = Integer.MAX_VALUE;
            }
        }
    }

    /** Elements nested deeper than {@link #MAX_DEPTH}: a macro, function or include that calls itself without end. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }
}
