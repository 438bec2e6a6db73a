package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gongjian.web.security.PortalSecurity;
import org.junit.jupiter.api.Test;

/**
 * Sessions travel between the servers of a cluster, so whatever a session or view keeps must
 * serialise: every field of every session-, view-, flow- or conversation-scoped bean of the WAR,
 * and of the portal's own types those fields hold, is of a serialisable type (collections by what
 * they hold). Injected fields are the container's proxies, which serialise themselves.
 */
class SessionStateTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> SESSION_SCOPES =
            List.of(SessionScoped.class, ViewScoped.class, FlowScoped.class, ConversationScoped.class);

    @Test
    void everythingASessionOrViewKeepsSerialises() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> beans = sessionBeans();
        assertFalse(beans.isEmpty(), "no session or view-scoped bean found");
        List<String> problems = new ArrayList<>();
        Set<Class<?>> checked = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), checked, problems);
        }
        assertEquals(List.of(), problems);
    }

    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(PortalSecurity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (SESSION_SCOPES.stream().anyMatch(type::isAnnotationPresent)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    private static void checkFields(Class<?> type, String path, Set<Class<?>> checked, List<String> problems) {
        if (!checked.add(type)) {
            return;
        }
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), checked, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> checked, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw) && !Serializable.class.isAssignableFrom(raw)) {
                problems.add(path + ": " + raw.getName() + " is not Serializable");
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", checked, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", checked, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, checked, problems);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                checkType(bound, path, checked, problems);
            }
        } else if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                checkType(plain.getComponentType(), path + "[]", checked, problems);
            } else if (plain.isPrimitive() || plain == Object.class) {
                return;
            } else if (!Serializable.class.isAssignableFrom(plain)) {
                problems.add(path + ": " + plain.getName() + " is not Serializable");
            } else if (plain.getName().startsWith("org.gongjian.")) {
                checkFields(plain, path, checked, problems);
            }
        }
    }
}
