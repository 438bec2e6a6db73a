import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Prints the statement the portal grades an evaluation with, read from the built EJB jar
 * ({@code Grading.GRADES}), ready for psql and pgbench: the evaluation's id as {@code :evaluation},
 * every project of it (no single project asked for).
 * <p>
 * Argument: the EJB jar.
 */
public final class GradingText {

    public static void main(String[] args) throws Exception {
        try (URLClassLoader jar = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Field grades = jar.loadClass("org.gongjian.evaluation.control.Grading").getDeclaredField("GRADES");
            grades.setAccessible(true);
            String statement = (String) grades.get(null);
            String[] parts = statement.split("\\?", -1);
            if (parts.length != 4) {
                throw new IllegalStateException("expected three parameters in the grading statement, found " + (parts.length - 1));
            }
            System.out.println(parts[0] + ":evaluation" + parts[1] + "null" + parts[2] + "null" + parts[3] + ";");
        }
    }
}
