/**
 * Every error this library throws, for applications to catch: each says what became of the
 * request (sent, refused, worth retrying).
 */
@ApplicationApi
package io.cloudimages.exception;

import io.cloudimages.ApplicationApi;
