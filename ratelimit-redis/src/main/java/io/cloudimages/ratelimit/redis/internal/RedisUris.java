package io.cloudimages.ratelimit.redis.internal;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.lettuce.core.RedisURI;

import java.net.URI;
import java.util.Set;

/** The store's URI as Lettuce reads it: {@code redis://} or {@code rediss://}, with an optional password and database. */
public final class RedisUris {

    private static final Set<String> SCHEMES = Set.of("redis", "rediss");

    private RedisUris() {
    }

    /** @throws InvalidRequestException saying what is wrong, without repeating a password */
    public static RedisURI parse(URI uri) {
        if (uri == null || !SCHEMES.contains(uri.getScheme())) {
            throw new InvalidRequestException("the redis backend takes a redis:// or rediss:// URI, for example"
                    + " redis://127.0.0.1:6379" + (uri == null ? "" : "; got a " + uri.getScheme() + ": URI"),
                    ErrorContext.none());
        }
        try {
            return RedisURI.create(uri);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Lettuce cannot read the Redis URI (" + e.getMessage() + "); write for"
                    + " example redis://127.0.0.1:6379/0 or rediss://:password@host:6380", ErrorContext.none());
        }
    }
}
