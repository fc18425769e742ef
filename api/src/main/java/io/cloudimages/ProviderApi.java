package io.cloudimages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For provider authors: what a provider (a cloud, as a plug-in) is written with. An application
 * never needs it, except to read the {@link io.cloudimages.spi.ImageProvider} and
 * {@link io.cloudimages.spi.Action} that {@link CloudImages} hands out.
 *
 * <p>On a package, every public type in it has this audience unless the type says otherwise; on a
 * type, it overrides its package. See {@link ApplicationApi} for the rule and the README's
 * "Stability of the API" for what the audiences promise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface ProviderApi {
}
