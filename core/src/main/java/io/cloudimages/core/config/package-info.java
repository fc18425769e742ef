/** Named clouds from a configuration file, for applications that let their users pick clouds. */
@ApplicationApi
package io.cloudimages.core.config;

import io.cloudimages.ApplicationApi;
