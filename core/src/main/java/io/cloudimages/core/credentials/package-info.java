/**
 * Credential lookups for provider authors: environment variables, a cloud CLI's files, explicit
 * credentials. {@link io.cloudimages.core.credentials.HostEnvironment} is for applications too:
 * it is where those lookups read the machine.
 */
@ProviderApi
package io.cloudimages.core.credentials;

import io.cloudimages.ProviderApi;
