package io.cloudimages.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.GenericDeclaration;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one module as text, read from its compiled classes: every public and
 * protected type, constructor, method and field outside the {@code .internal} packages, with
 * generic signatures, {@code throws} clauses, documented annotations and the values of constants.
 *
 * <p>The text depends only on the API, never on the order of declarations or of the class files:
 * packages and types are sorted by name, and within a type the fields, then the constructors,
 * then the methods, each by name and signature. A type is a line of its own, its members follow
 * indented by two spaces, and a blank line ends it.
 */
final class ApiDump {

    /** One member's line, and the name it is sorted by before its text. */
    private record Line(String name, String text) {
        static final Comparator<Line> ORDER = Comparator.comparing(Line::name).thenComparing(Line::text);
    }

    private ApiDump() {
    }

    /**
     * The API of the classes in {@code location}, a directory of class files or a jar.
     *
     * @param loader loads those classes and what they refer to
     */
    static String of(Path location, ClassLoader loader) {
        TreeMap<String, List<Class<?>>> byPackage = new TreeMap<>();
        for (String name : classNames(location)) {
            Class<?> type = load(name, loader);
            if (isApi(type)) {
                byPackage.computeIfAbsent(type.getPackageName(), p -> new ArrayList<>()).add(type);
            }
        }
        StringBuilder out = new StringBuilder();
        byPackage.forEach((pkg, types) -> {
            out.append(annotations(types.get(0).getPackage())).append("package ").append(pkg).append("\n\n");
            types.stream().sorted(Comparator.comparing(ApiDump::name)).forEach(type -> type(type, out));
        });
        return out.toString();
    }

    private static List<String> classNames(Path location) {
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    return files.map(file -> location.relativize(file).toString().replace('\\', '/'))
                            .filter(ApiDump::isClassFile).map(ApiDump::binaryName).toList();
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                return jar.stream().map(JarEntry::getName).filter(ApiDump::isClassFile).map(ApiDump::binaryName).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classes in " + location, e);
        }
    }

    private static boolean isClassFile(String path) {
        return path.endsWith(".class") && !path.endsWith("module-info.class") && !path.endsWith("package-info.class")
                && !path.startsWith("META-INF/");
    }

    private static String binaryName(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the class " + name + " cannot be loaded from its own module's location", e);
        }
    }

    /** Public (or protected, when nested) in every enclosing type, and outside the internal packages. */
    private static boolean isApi(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()
                || Arrays.asList(type.getPackageName().split("\\.")).contains("internal")) {
            return false;
        }
        Class<?> enclosing = type.getDeclaringClass();
        return enclosing == null ? Modifier.isPublic(type.getModifiers())
                : isVisible(type.getModifiers()) && isApi(enclosing);
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void type(Class<?> type, StringBuilder out) {
        out.append(annotations(type)).append(typeModifiers(type)).append(kind(type)).append(' ').append(name(type))
                .append(typeParameters(type));
        // sorted, as are the permitted subclasses: their order in the source is no part of the API
        List<Type> interfaces = Arrays.stream(type.getGenericInterfaces())
                .filter(supertype -> supertype != Annotation.class).sorted(Comparator.comparing(ApiDump::name)).toList();
        if (type.isInterface()) {
            out.append(interfaces.isEmpty() ? "" : " extends " + list(interfaces, ApiDump::name));
        } else {
            // the superclass of every enum, record and plain class is implied
            boolean implied = type.isEnum() || type.isRecord() || type.getSuperclass() == Object.class;
            out.append(implied ? "" : " extends " + name(type.getGenericSuperclass()));
            out.append(interfaces.isEmpty() ? "" : " implements " + list(interfaces, ApiDump::name));
        }
        if (type.isSealed()) {
            out.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(ApiDump::name).sorted()
                    .collect(Collectors.joining(", ")));
        }
        out.append('\n');

        List<Line> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (isMember(field)) {
                fields.add(new Line(field.getName(), annotations(field) + modifiers(field.getModifiers(), false)
                        + name(field.getGenericType()) + " " + field.getName() + constant(field)));
            }
        }
        List<Line> constructors = new ArrayList<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (isMember(constructor)) {
                constructors.add(new Line("", executable(constructor, "", type.getSimpleName())));
            }
        }
        List<Line> methods = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (isMember(method) && !method.isBridge()) {
                methods.add(new Line(method.getName(),
                        executable(method, name(method.getGenericReturnType()) + " ", method.getName())));
            }
        }
        Stream.of(fields, constructors, methods).flatMap(members -> members.stream().sorted(Line.ORDER))
                .forEach(member -> out.append("  ").append(member.text()).append('\n'));
        out.append('\n');
    }

    private static boolean isMember(Member member) {
        return isVisible(member.getModifiers()) && !member.isSynthetic();
    }

    private static String kind(Class<?> type) {
        if (type.isAnnotation()) {
            return "@interface";
        }
        if (type.isInterface()) {
            return "interface";
        }
        return type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
    }

    private static String typeModifiers(Class<?> type) {
        int modifiers = type.getModifiers();
        if (type.isInterface()) {
            // abstract is implied, and so is static for a nested interface
            modifiers &= ~(Modifier.ABSTRACT | Modifier.STATIC);
        }
        return modifiers(modifiers, false) + (type.isSealed() ? "sealed " : "");
    }

    private static String executable(Executable executable, String returnType, String name) {
        boolean inInterface = executable.getDeclaringClass().isInterface();
        String modifiers = modifiers(executable.getModifiers(), inInterface);
        if (executable instanceof Method method && method.isDefault()) {
            modifiers += "default ";
        }
        Type[] parameters = executable.getGenericParameterTypes();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            boolean varargs = executable.isVarArgs() && i == parameters.length - 1;
            String parameter = name(parameters[i]);
            shown.add(varargs ? parameter.substring(0, parameter.length() - 2) + "..." : parameter);
        }
        Type[] exceptions = executable.getGenericExceptionTypes();
        String typeParameters = typeParameters(executable);
        return annotations(executable) + modifiers + (typeParameters.isEmpty() ? "" : typeParameters + " ") + returnType
                + name + "(" + String.join(", ", shown) + ")"
                + (exceptions.length == 0 ? "" : " throws " + list(Arrays.asList(exceptions), ApiDump::name));
    }

    /** The modifiers that are part of a signature; abstract is implied in an interface. */
    private static String modifiers(int modifiers, boolean inInterface) {
        int shown = modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL
                | (inInterface ? 0 : Modifier.ABSTRACT));
        String text = Modifier.toString(shown);
        return text.isEmpty() ? "" : text + " ";
    }

    /** The value of a constant (a static final primitive or string): callers compile it into their own code. */
    private static String constant(Field field) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers)
                || !(field.getType().isPrimitive() || field.getType() == String.class)) {
            return "";
        }
        try {
            Object value = field.get(null);
            return " = " + (value instanceof String text ? '"' + text + '"' : value);
        } catch (IllegalAccessException e) {
            return "";
        }
    }

    private static String typeParameters(GenericDeclaration declaration) {
        TypeVariable<?>[] variables = declaration.getTypeParameters();
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables).map(variable -> {
            List<Type> bounds = Arrays.stream(variable.getBounds()).filter(bound -> bound != Object.class).toList();
            return variable.getName() + (bounds.isEmpty() ? "" : " extends " + list(bounds, ApiDump::name).replace(", ", " & "));
        }).collect(Collectors.joining(", ", "<", ">"));
    }

    /** The documented annotations, those javadoc shows, by name: their values are no signature. */
    private static String annotations(AnnotatedElement element) {
        return Arrays.stream(element.getDeclaredAnnotations()).map(Annotation::annotationType)
                .filter(annotation -> annotation.isAnnotationPresent(Documented.class))
                .map(annotation -> "@" + name(annotation) + " ").sorted().collect(Collectors.joining());
    }

    private static <T> String list(List<T> items, Function<T, String> name) {
        return items.stream().map(name).collect(Collectors.joining(", "));
    }

    /** A type as Java source writes it, fully qualified, with its type arguments. */
    static String name(Type type) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? name(c.getComponentType()) + "[]" : Objects.requireNonNullElse(c.getCanonicalName(), c.getName());
        }
        if (type instanceof ParameterizedType p) {
            return name(p.getRawType()) + "<" + list(Arrays.asList(p.getActualTypeArguments()), ApiDump::name) + ">";
        }
        if (type instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return "? super " + name(w.getLowerBounds()[0]);
            }
            Type upper = w.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + name(upper);
        }
        if (type instanceof GenericArrayType a) {
            return name(a.getGenericComponentType()) + "[]";
        }
        return ((TypeVariable<?>) type).getName();
    }
}
