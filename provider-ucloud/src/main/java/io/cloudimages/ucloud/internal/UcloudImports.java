package io.cloudimages.ucloud.internal;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.UnsupportedOsException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.OsFamily;
import io.cloudimages.model.OsSupport;
import io.cloudimages.model.OsType;
import io.cloudimages.ucloud.UcloudProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ImportCustomImage (reference/ucloud.md section 4.1) and what UCloud documents about what it
 * imports. No UCloud API lists importable systems, so {@link #SUPPORT} is a static table: the
 * {@code OsType} values the API page names (CentOS, Ubuntu, Windows, RedHat, and Other for the
 * rest), any version, 64- and 32-bit x86. UCloud's import takes no architecture: an ARM image
 * needs force.
 */
final class UcloudImports {

    static final List<String> ARCHITECTURES = List.of("x86_64", "i386");
    static final OsSupport SUPPORT = new OsSupport(UcloudProvider.ID, "any", List.of(
            new OsSupport.Entry("CentOS", OsType.LINUX, OsFamily.CENTOS, List.of(OsSupport.Entry.ANY_VERSION), ARCHITECTURES),
            new OsSupport.Entry("Ubuntu", OsType.LINUX, OsFamily.UBUNTU, List.of(OsSupport.Entry.ANY_VERSION), ARCHITECTURES),
            new OsSupport.Entry("RedHat", OsType.LINUX, OsFamily.RHEL, List.of(OsSupport.Entry.ANY_VERSION), ARCHITECTURES),
            new OsSupport.Entry("Windows", OsType.WINDOWS, OsFamily.WINDOWS, List.of(OsSupport.Entry.ANY_VERSION), ARCHITECTURES),
            new OsSupport.Entry("Other", OsType.LINUX, OsFamily.LINUX, List.of(OsSupport.Entry.ANY_VERSION), ARCHITECTURES)));
    private static final Map<String, String> FORMATS = Map.of("raw", "RAW", "vhd", "VHD", "vmdk", "VMDK", "qcow2", "qcow2");

    private UcloudImports() {
    }

    /**
     * The action's parameters, after every check the client can make.
     *
     * @throws InvalidRequestException for a field UCloud does not have or would refuse
     * @throws UnsupportedOsException  for a system the table does not list, unless forced
     */
    static Map<String, Object> parameters(ImportImageRequest request, ErrorContext context) {
        if (request.licenseType() != null || request.bootMode() != null || request.imageFamily() != null) {
            throw new InvalidRequestException("UCloud's import has no license type, boot mode or image family; leave"
                    + " them out", context);
        }
        for (String key : request.tags().keySet()) {
            if (!key.equals(UcloudImages.BUSINESS_GROUP)) {
                throw new InvalidRequestException("UCloud images carry no tags, only a business group: give it as the tag \""
                        + UcloudImages.BUSINESS_GROUP + "\", not \"" + key + "\"", context);
            }
        }
        String osType = SUPPORT.find(request.osName()).map(OsSupport.Entry::name).orElse(null);
        if (!request.force()) {
            if (osType == null) {
                throw new UnsupportedOsException(request.osName() + " is not an OS type UCloud's import documents ("
                        + String.join(", ", SUPPORT.entries().stream().map(OsSupport.Entry::name).toList())
                        + "); use Other, or set force", context);
            }
            if (!SUPPORT.isImportable(osType, request.osVersion(), request.architecture())) {
                throw new UnsupportedOsException("UCloud imports x86 images (x86_64 or i386), not "
                        + request.architecture().id() + "; set force to try anyway", context);
            }
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("ImageName", request.name());
        parameters.put("UFileUrl", request.imageUrl().toString());
        parameters.put("OsType", osType != null ? osType : request.osName());
        parameters.put("OsName", osName(osType != null ? osType : request.osName(), request));
        parameters.put("Format", format(request, context));
        parameters.put("Auth", true);
        if (request.description() != null) {
            parameters.put("ImageDescription", request.description());
        }
        String group = request.tags().get(UcloudImages.BUSINESS_GROUP);
        if (group != null) {
            parameters.put("Tag", group);
        }
        return parameters;
    }

    /** The console's form, "CentOS 6.5 32位"; "Other" for Other. */
    static String osName(String osType, ImportImageRequest request) {
        if (osType.equals("Other")) {
            return "Other";
        }
        String version = request.osVersion().equals(OsSupport.Entry.ANY_VERSION) ? "" : " " + request.osVersion();
        return osType + version + (request.architecture() == Architecture.I386 ? " 32位" : " 64位");
    }

    /** The file format UCloud requires, in its spelling, from the request or the file's extension. */
    static String format(ImportImageRequest request, ErrorContext context) {
        String path = Optional.ofNullable(request.imageUrl().getPath()).orElse("").toLowerCase(Locale.ROOT);
        String format = request.format() != null ? request.format()
                : FORMATS.keySet().stream().filter(f -> path.endsWith("." + f)).findFirst().orElse(null);
        if (format == null || !FORMATS.containsKey(format)) {
            throw new InvalidRequestException("UCloud needs the file format: raw, vhd, vmdk or qcow2"
                    + (format == null ? " (the URL's file name does not tell)" : ", not \"" + format + "\""), context);
        }
        return FORMATS.get(format);
    }
}
