package io.cloudimages.tencentv3.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.core.json.Json;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.UnsupportedOsException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.OsSupport;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ImportImage's body (seeds 001 and 002, reference/tencent.md section 3.3) and every check that
 * can be made before sending it, so that a request the cloud would refuse is never sent.
 */
final class ImportRequests {

    static final int MAX_NAME_LENGTH = 60;
    static final int MAX_DESCRIPTION_LENGTH = 256;
    private static final Map<String, String> LICENSE_TYPES = Map.of("tencentcloud", "TencentCloud", "byol", "BYOL");
    private static final Map<String, String> BOOT_MODES = Map.of("legacy bios", "Legacy BIOS", "uefi", "UEFI");
    private static final Set<String> FORMATS = Set.of("raw", "vhd", "qcow2", "vmdk", "iso");

    private ImportRequests() {
    }

    /** ImportImage's own architecture words: {@code x86_64}, {@code i386}, {@code arm_64}. */
    static String architecture(Architecture architecture) {
        return switch (architecture) {
            case X86_64 -> "x86_64";
            case I386 -> "i386";
            case ARM64 -> "arm_64";
            case UNKNOWN -> throw new IllegalArgumentException("no architecture");
        };
    }

    /**
     * Checks the fields the cloud would refuse; needs no call.
     *
     * @throws InvalidRequestException for a malformed request
     */
    static void checkFields(ImportImageRequest request, ErrorContext context) {
        int nameLength = request.name().codePointCount(0, request.name().length());
        if (nameLength > MAX_NAME_LENGTH) {
            throw new InvalidRequestException("the image name has " + nameLength + " characters; Tencent allows at most "
                    + MAX_NAME_LENGTH, context);
        }
        if (request.description() != null
                && request.description().codePointCount(0, request.description().length()) > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidRequestException("the description is longer than " + MAX_DESCRIPTION_LENGTH + " characters",
                    context);
        }
        if (request.format() != null && !FORMATS.contains(request.format())) {
            throw new InvalidRequestException("Tencent imports RAW, VHD, QCOW2 and VMDK files (and ISO with force), not \""
                    + request.format() + "\"", context);
        }
        if (isIso(request) && !request.force()) {
            throw new InvalidRequestException("an ISO file can only be imported with force (Tencent answers"
                    + " InvalidParameterValue.ISOMustImportByForce); set force", context);
        }
        canonical(request.licenseType(), LICENSE_TYPES, "licenseType", context);
        canonical(request.bootMode(), BOOT_MODES, "bootMode", context);
    }

    /**
     * Checks the OS, version and architecture against the region's import list.
     *
     * @throws UnsupportedOsException for an OS, version or architecture the list does not have
     */
    static void checkSupported(ImportImageRequest request, OsSupport support, ErrorContext context) {
        Optional<OsSupport.Entry> entry = support.find(request.osName());
        String what = request.osName() + " " + request.osVersion() + " " + request.architecture().id();
        if (entry.isEmpty()) {
            throw new UnsupportedOsException(what + " cannot be imported in " + support.region() + ": \"" + request.osName()
                    + "\" is not in its import list (" + support.entries().stream().map(OsSupport.Entry::name)
                    .collect(Collectors.joining(", ")) + "); set force to import anyway", context);
        }
        if (!entry.get().accepts(request.osVersion(), request.architecture())) {
            throw new UnsupportedOsException(what + " cannot be imported in " + support.region() + ": " + entry.get().name()
                    + " is listed with versions " + String.join(", ", entry.get().versions()) + " on "
                    + String.join(", ", entry.get().architectures()) + "; set force to import anyway", context);
        }
    }

    /** The body, exactly the parameters of seed 002; absent options are left out. */
    static ObjectNode body(ImportImageRequest request) {
        ObjectNode body = Json.objectNode()
                .put("Architecture", architecture(request.architecture()))
                .put("OsType", request.osName())
                .put("OsVersion", request.osVersion())
                .put("ImageUrl", request.imageUrl().toString())
                .put("ImageName", request.name());
        if (request.description() != null) {
            body.put("ImageDescription", request.description());
        }
        if (request.dryRun()) {
            body.put("DryRun", true);
        }
        if (request.force()) {
            body.put("Force", true);
        }
        if (!request.tags().isEmpty()) {
            ObjectNode specification = body.putArray("TagSpecification").addObject();
            specification.put("ResourceType", "image");
            ArrayNode tags = specification.putArray("Tags");
            request.tags().forEach((key, value) -> tags.addObject().put("Key", key).put("Value", value));
        }
        if (request.licenseType() != null) {
            body.put("LicenseType", canonical(request.licenseType(), LICENSE_TYPES, "licenseType", ErrorContext.none()));
        }
        if (request.bootMode() != null) {
            body.put("BootMode", canonical(request.bootMode(), BOOT_MODES, "bootMode", ErrorContext.none()));
        }
        if (request.imageFamily() != null) {
            body.put("ImageFamily", request.imageFamily());
        }
        return body;
    }

    private static boolean isIso(ImportImageRequest request) {
        String path = request.imageUrl().getPath() == null ? "" : request.imageUrl().getPath().toLowerCase(Locale.ROOT);
        return "iso".equals(request.format()) || path.endsWith(".iso");
    }

    private static String canonical(String value, Map<String, String> allowed, String field, ErrorContext context) {
        if (value == null) {
            return null;
        }
        String canonical = allowed.get(value.toLowerCase(Locale.ROOT));
        if (canonical == null) {
            throw new InvalidRequestException(field + " must be one of " + String.join(", ", allowed.values().stream().sorted()
                    .toList()) + ", got \"" + value + "\"", context);
        }
        return canonical;
    }
}
