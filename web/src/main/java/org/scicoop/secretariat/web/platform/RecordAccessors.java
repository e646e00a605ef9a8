package org.scicoop.secretariat.web.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lets pages read records, which EL 5 (Faces 4.0) does not know: {@code #{call.code()}} and
 * {@code #{call.code}} both call the record's accessor, found once per record type. Without it, every
 * {@code call.code()} in every row of a list searches the class's methods by reflection again.
 */
public class RecordAccessors extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
                return Map.of(); // left to the other resolvers, as before
            }
            return java.util.Arrays.stream(type.getRecordComponents())
                    .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, RecordComponent::getAccessor,
                            (first, second) -> first));
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || (params != null && params.length > 0)) {
            return null;
        }
        return read(context, base, method, accessor -> call(accessor, base));
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return base == null || property == null ? null : read(context, base, property, accessor -> call(accessor, base));
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        // read-only: a record's components cannot be set
        return base == null || property == null ? null : read(context, base, property, accessor -> null);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // records are read-only; other resolvers report the attempt
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (base != null && property != null && accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? Object.class : null;
    }

    private static <T> T read(ELContext context, Object base, Object name, Function<Method, T> use) {
        Method accessor = accessor(base, name);
        if (accessor == null) {
            return null;
        }
        T value = use.apply(accessor);
        context.setPropertyResolved(base, name);
        return value;
    }

    private static Method accessor(Object base, Object name) {
        return ACCESSORS.get(base.getClass()).get(name.toString());
    }

    private static Object call(Method accessor, Object base) {
        try {
            return accessor.invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException(accessor.getName() + " of " + base.getClass().getSimpleName(), e);
        }
    }
}
