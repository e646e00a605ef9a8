package org.scicoop.secretariat.web.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions are distributable (web.xml; docs/README.md, "Cluster"): whatever a view- or session-scoped bean holds goes
 * into the session and, in the cluster, to another node, so it must be serializable. A bean that is not, or a field
 * whose declared type (or a type argument of it) is a class that is not, fails here rather than at the first node
 * loss. Injected services are the container's serializable proxies; {@code transient} fields are left out on purpose.
 * The application's own classes a bean holds (a lazy model) are looked into as well, and a field declared as a
 * functional interface that is not Serializable fails: the lambda it holds at run time cannot be written (the lazy
 * models' page filters were such a field, and every session that had opened a list could not be copied or stored).
 */
class SessionStateTest {

    private static final String ROOT = "org/scicoop/secretariat/web";

    @Test
    void everyViewAndSessionScopedBeanHoldsOnlySerializableState() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertThat(beans).as("the web module's view- and session-scoped beans").hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Field field : heldFields(bean, type -> type != Object.class)) {
                if (field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)
                        || field.isAnnotationPresent(Resource.class)) {
                    continue;
                }
                notSerializable(field.getGenericType()).stream().distinct().forEach(what -> problems.add(
                        bean.getSimpleName() + "." + field.getName() + ": " + what + " is not Serializable"));
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The classes in {@code type} (itself, its type arguments, and the components of the application's own records
     * down to the bottom) that are neither serializable nor interfaces.
     */
    private static List<String> notSerializable(Type type) {
        return notSerializable(type, new HashSet<>());
    }

    private static List<String> notSerializable(Type type, Set<Type> seen) {
        List<String> found = new ArrayList<>();
        if (!seen.add(type)) {
            return found;
        }
        if (type instanceof Class<?> plain) {
            Class<?> checked = plain.isArray() ? plain.getComponentType() : plain;
            // an interface or Object: what the field holds at run time decides (a List of records, a value)
            if (!checked.isPrimitive() && !checked.isInterface() && checked != Object.class
                    && !Serializable.class.isAssignableFrom(checked)) {
                found.add(checked.getName());
            }
            // a lambda or method reference held as a functional interface that is not Serializable cannot be written
            if (checked.isInterface() && checked.isAnnotationPresent(FunctionalInterface.class)
                    && !Serializable.class.isAssignableFrom(checked)) {
                found.add(checked.getName() + " (a lambda held as one)");
            }
            if (checked.isRecord() && checked.getName().startsWith("org.scicoop.")) {
                for (RecordComponent component : checked.getRecordComponents()) {
                    found.addAll(notSerializable(component.getGenericType(), seen));
                }
            } else if (!checked.isInterface() && !checked.isEnum() && checked.getName().startsWith("org.scicoop.")) {
                // the application's own classes a bean holds (a lazy model): what they hold goes into the session too
                for (Field field : heldFields(checked, level -> level.getName().startsWith("org.scicoop."))) {
                    found.addAll(notSerializable(field.getGenericType(), seen));
                }
            }
        } else if (type instanceof ParameterizedType parameterized) {
            found.addAll(notSerializable(parameterized.getRawType(), seen));
            for (Type argument : parameterized.getActualTypeArguments()) {
                found.addAll(notSerializable(argument, seen));
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                found.addAll(notSerializable(bound, seen));
            }
        }
        return found;
    }

    /** What {@code type} and its superclasses as far as {@code within} holds keep in an instance: not static nor transient. */
    private static List<Field> heldFields(Class<?> type, Predicate<Class<?>> within) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> level = type; level != null && within.test(level); level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static List<Class<?>> scopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(SessionStateTest.class.getClassLoader().getResource(ROOT + "/platform/Messages.class")
                .toURI()).getParent().getParent();
        Path classes = root.getParent().getParent().getParent().getParent();
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                        || type.isAnnotationPresent(ConversationScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
