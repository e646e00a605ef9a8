package org.scicoop.secretariat.web.platform;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the methods that pages call, {@code #{formats.instant(call.deadline())}}, {@code #{currentUser.hasRole('admin')}},
 * {@code #{'CallState.'.concat(call.state())}}, through a method found once per class, name and number of arguments.
 * EL's own {@code BeanELResolver} searches the class's public methods again on every call, a copy of
 * {@link Class#getMethods()} each time (String's hundred, or a CDI proxy's), and a list page makes about a hundred such
 * calls (issue 16). Left to EL: a name with several public methods of that many arguments (overloads), a
 * variable-arity method, one declared in a class reflection may not call from here (EL then finds it on a public
 * interface), static calls, and method expressions with declared parameter types (actions).
 * Arguments are coerced as EL coerces them; an argument already of the parameter's type is passed as it is.
 */
public class MethodCalls extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null || base instanceof ELClass) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        Method target = method(base.getClass(), method.toString(), arguments.length);
        if (target == null) {
            return null;
        }
        Class<?>[] types = target.getParameterTypes();
        Object[] coerced = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            coerced[i] = arguments[i] != null && types[i].isInstance(arguments[i]) ? arguments[i]
                    : context.convertToType(arguments[i], types[i]);
        }
        Object result;
        try {
            result = target.invoke(base, coerced);
        } catch (IllegalAccessException notOurs) {
            return null; // EL finds another way (a public interface's method) or reports it
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The one public method of {@code type} named {@code name} with {@code arity} parameters that this resolver calls. */
    static Method method(Class<?> type, String name, int arity) {
        return METHODS.get(type).computeIfAbsent(name + '/' + arity, key -> find(type, name, arity)).orElse(null);
    }

    private static Optional<Method> find(Class<?> type, String name, int arity) {
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity && !m.isBridge())
                .toList();
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        Method method = candidates.get(0);
        Class<?> declaring = method.getDeclaringClass();
        boolean callable = !method.isVarArgs() && !Modifier.isStatic(method.getModifiers())
                && Modifier.isPublic(declaring.getModifiers())
                && declaring.getModule().isExported(declaring.getPackageName());
        return callable ? Optional.of(method) : Optional.empty();
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are the other resolvers'
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
