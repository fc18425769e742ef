package io.cloudimages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For applications: what a platform that embeds this library lists, inspects and imports images
 * with. Provider authors may use it too.
 *
 * <p>On a package, every public type in it has this audience unless the type says otherwise; on a
 * type, it overrides its package. Every public type outside the {@code .internal} packages of
 * {@code api} and {@code core} has exactly one audience, this or {@link ProviderApi}. Both are part
 * of the API that {@code api/api.txt} and {@code core/api.txt} record: see the README's "Stability
 * of the API".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface ApplicationApi {
}
