package io.cloudimages.jclouds.internal;

import io.cloudimages.model.OsFamily;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The model's OS families in jclouds' words. jclouds' {@code OsFamily} has not changed since 2017:
 * the distributions it lacks (TencentOS, OpenCloudOS, Rocky, Alma, Alibaba Cloud Linux,
 * openEuler, Anolis, Kylin, UOS) are its {@code LINUX}, and the image's user metadata keeps the
 * precise family.
 */
final class JcloudsOsFamilies {

    private JcloudsOsFamilies() {
    }

    static org.jclouds.compute.domain.OsFamily of(OsFamily family) {
        return switch (family) {
            case CENTOS, CENTOS_STREAM -> org.jclouds.compute.domain.OsFamily.CENTOS;
            case UBUNTU -> org.jclouds.compute.domain.OsFamily.UBUNTU;
            case DEBIAN -> org.jclouds.compute.domain.OsFamily.DEBIAN;
            case RHEL -> org.jclouds.compute.domain.OsFamily.RHEL;
            case FEDORA -> org.jclouds.compute.domain.OsFamily.FEDORA;
            case OPENSUSE, SUSE -> org.jclouds.compute.domain.OsFamily.SUSE;
            case COREOS -> org.jclouds.compute.domain.OsFamily.COREOS;
            case FREEBSD -> org.jclouds.compute.domain.OsFamily.FREEBSD;
            case ORACLE_LINUX -> org.jclouds.compute.domain.OsFamily.OEL;
            case AMAZON_LINUX -> org.jclouds.compute.domain.OsFamily.AMZN_LINUX;
            case ALPINE -> org.jclouds.compute.domain.OsFamily.ALPINE;
            case ARCH -> org.jclouds.compute.domain.OsFamily.ARCH;
            case GENTOO -> org.jclouds.compute.domain.OsFamily.GENTOO;
            case WINDOWS -> org.jclouds.compute.domain.OsFamily.WINDOWS;
            case TENCENTOS, OPENCLOUDOS, ALIBABA_CLOUD_LINUX, ROCKY, ALMALINUX, KYLIN, UOS, OPENEULER, ANOLIS, LINUX ->
                    org.jclouds.compute.domain.OsFamily.LINUX;
            case UNKNOWN -> org.jclouds.compute.domain.OsFamily.UNRECOGNIZED;
        };
    }

    /** Every model family jclouds calls {@code family}: what a template's {@code osFamily} asks for. */
    static Set<OsFamily> ours(org.jclouds.compute.domain.OsFamily family) {
        return Arrays.stream(OsFamily.values()).filter(ours -> of(ours) == family)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OsFamily.class)));
    }
}
