/**
 * cloudimages providers as Apache jclouds compute providers, for platforms written against
 * jclouds' {@code ComputeService}: {@code ContextBuilder.newBuilder("tencent-v3")} lists a cloud's
 * images, gets one by its region-qualified id and picks one with a template, through the
 * cloudimages pipeline. Images only: node operations are refused.
 */
package io.cloudimages.jclouds;
