package org.scicoop.secretariat.it.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What test classes take only once a deadline has passed (a call closed with submitted proposals), made ahead of
 * them: as soon as the application is deployed for the run's first class, every {@link Maker} listed in
 * {@code META-INF/services} makes what the run's classes will take, so that the deadlines pass while other classes
 * run instead of each taker waiting for its own. The run's classes are the JUnit test plan's (this class is also a
 * launcher listener, registered in {@code META-INF/services} too). A taker that finds nothing made for it (run
 * alone, or not counted by its maker) makes its own and waits, as before: no class depends on another's order.
 */
public final class AheadOfTheRun implements TestExecutionListener, BeforeEachCallback {

    /** Makes ahead what some of the run's classes take. */
    public interface Maker {

        /** Makes what those of {@code run} (the names of the run's test classes) that take from this maker take. */
        void makeAhead(Set<String> run) throws Exception;
    }

    private static final Set<String> RUN = ConcurrentHashMap.newKeySet();

    private static boolean made;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        plan.getRoots().forEach(root -> plan.getDescendants(root).forEach(test -> test.getSource()
                .filter(ClassSource.class::isInstance)
                .ifPresent(source -> RUN.add(((ClassSource) source).getClassName()))));
    }

    /** How many of {@code classes} (names) are test classes of {@code run}. */
    public static int inTheRun(Set<String> run, List<String> classes) {
        return (int) classes.stream().filter(run::contains).count();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (DeployedApplication.class.isAssignableFrom(context.getRequiredTestClass())) {
            make();
        }
    }

    /**
     * Makes what the run's classes take, once; the application must be deployed: the first test of the first
     * deployed class calls it, and so does a taker, which may come first (from its {@code @BeforeAll}).
     */
    public static synchronized void make() {
        if (made) {
            return;
        }
        made = true;
        long start = System.nanoTime();
        for (Maker maker : ServiceLoader.load(Maker.class)) {
            try {
                maker.makeAhead(Set.copyOf(RUN));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception | AssertionError failed) {
                // its takers make their own, and fail there if it is the application's fault
                System.err.println("Making ahead failed (" + maker.getClass().getName() + "): " + failed);
            }
        }
        System.out.printf("Made ahead for the takers among the run's %d classes in %d ms%n", RUN.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** One thing made ahead for one taker class, or made when taken if it was not. */
    public static final class One<T> {

        private final Callable<T> maker;
        private T made;

        public One(Callable<T> maker) {
            this.maker = maker;
        }

        /** Makes it ahead (a {@link Maker} calls this). */
        public synchronized void make() throws Exception {
            made = maker.call();
        }

        /** What was made ahead, else made now; taken once. */
        public T take() throws Exception {
            AheadOfTheRun.make();
            synchronized (this) {
                T taken = made == null ? maker.call() : made;
                made = null;
                return taken;
            }
        }
    }
}
