package io.cloudimages.core.os;

import io.cloudimages.model.Architecture;
import io.cloudimages.model.OperatingSystem;
import io.cloudimages.model.OsFamily;
import io.cloudimages.model.OsType;
import io.cloudimages.model.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cloud's free-text OS name ("CentOS 7.2 64位", "Ubuntu Server 14.04.1 LTS 32位",
 * "TencentOS Server 3.1 (TK4)", "Windows Server 2012 R2 数据中心版 64位中文版") into a family,
 * a version and an architecture.
 *
 * <p>The name is cut into words, numbers and runs of Chinese characters, and the family's word
 * sequences ({@link OsFamily#aliases()}) are matched word by word, never by substring:
 * "TencentOS" is one word, so it never matches "CentOS". The earliest match wins, and the
 * longest at that word ("CentOS Stream" over "CentOS"). The version is the first number after
 * the family's words, with an "R2" or "SP3" that follows it; "64位", "64bit" and "32位" give
 * the architecture, not the version.
 */
public final class OsNameParser {

    private static final Pattern TOKENS = Pattern.compile(
            "(?<arch>(?i:x86[_-]64|amd64|aarch64|arm64|arm_64|i[3-6]86|x64)(?![A-Za-z0-9]))"
                    + "|(?<qualifier>(?i:R|SP)\\d+(?![A-Za-z0-9.]))"
                    + "|(?<number>(?:(?<![A-Za-z])[vV])?\\d+(?:\\.\\d+)*)"
                    + "|(?<word>[A-Za-z]+)"
                    + "|(?<han>\\p{IsHan}+)");

    /**
     * How much of a name is read. Real OS names are a few dozen characters; a cloud's answer may
     * hold anything, and reading is linear only up to here (the number pattern's repetition
     * recurses once per group of digits). The whole name is kept as the cloud wrote it.
     */
    static final int MAX_READ = 256;

    private OsNameParser() {
    }

    /** Reads a name with nothing else to go on. */
    public static OperatingSystem parse(String name) {
        return parse(name, null, null);
    }

    /**
     * Reads a name, helped by what else the cloud said.
     *
     * @param name     the OS name as the cloud wrote it; may be null
     * @param platform the cloud's platform word (Tencent's {@code Platform}), used when the name
     *                 names no family; may be null
     * @param typeHint Linux or Windows when the cloud said so (UCloud's {@code OsType}); decides
     *                 the generic family when nothing names one; may be null
     */
    public static OperatingSystem parse(String name, String platform, OsType typeHint) {
        List<Token> tokens = tokenize(name);
        Match match = findFamily(tokens);
        if (match == null && platform != null) {
            Match fromPlatform = findFamily(tokenize(platform));
            if (fromPlatform != null) {
                match = new Match(fromPlatform.family, 0, 0);
            }
        }
        OsFamily family = match != null ? match.family : genericFamily(tokens, platform, typeHint);
        int versionFrom = match != null ? match.start + match.length : 0;
        return new OperatingSystem(family, blankToNull(name), findVersion(tokens, versionFrom),
                findArchitecture(tokens), blankToNull(platform));
    }

    /** The family a name or an OS-list entry ("Redhat", "Other Linux", "Windows Server 2008") belongs to. */
    public static OsFamily familyOf(String name) {
        List<Token> tokens = tokenize(name);
        Match match = findFamily(tokens);
        return match != null ? match.family : genericFamily(tokens, null, null);
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKENS.matcher(text.length() <= MAX_READ ? text : text.substring(0, MAX_READ));
        while (m.find()) {
            Kind kind = m.group("arch") != null ? Kind.ARCH
                    : m.group("qualifier") != null ? Kind.QUALIFIER
                    : m.group("number") != null ? Kind.NUMBER
                    : m.group("word") != null ? Kind.WORD
                    : Kind.HAN;
            tokens.add(new Token(kind, m.group(), m.group().toLowerCase(Locale.ROOT)));
        }
        return tokens;
    }

    private static Match findFamily(List<Token> tokens) {
        for (int start = 0; start < tokens.size(); start++) {
            Match best = null;
            for (OsFamily family : OsFamily.values()) {
                for (List<String> alias : family.aliases()) {
                    if (matchesAt(tokens, start, alias) && (best == null || alias.size() > best.length)) {
                        best = new Match(family, start, alias.size());
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static boolean matchesAt(List<Token> tokens, int start, List<String> alias) {
        if (start + alias.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < alias.size(); i++) {
            Token token = tokens.get(start + i);
            String word = alias.get(i);
            // Chinese is written without spaces, so within a run of it a name is found inside the run
            boolean same = token.kind == Kind.HAN ? token.lower.contains(word) : token.lower.equals(word);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static OsFamily genericFamily(List<Token> tokens, String platform, OsType typeHint) {
        if (typeHint == OsType.WINDOWS) {
            return OsFamily.WINDOWS;
        }
        boolean saysLinux = typeHint == OsType.LINUX
                || tokens.stream().anyMatch(t -> t.lower.equals("linux"))
                || tokenize(platform).stream().anyMatch(t -> t.lower.equals("linux"));
        return saysLinux ? OsFamily.LINUX : OsFamily.UNKNOWN;
    }

    private static Version findVersion(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind != Kind.NUMBER || isBitness(tokens, i)) {
                continue;
            }
            String text = token.text;
            if (i + 1 < tokens.size() && tokens.get(i + 1).kind == Kind.QUALIFIER) {
                text += " " + tokens.get(i + 1).text.toUpperCase(Locale.ROOT);
            }
            return Version.of(text);
        }
        return null;
    }

    /** "64位", "64bit", "64-bit", "32 bits": a word size, not a version. */
    private static boolean isBitness(List<Token> tokens, int i) {
        String number = tokens.get(i).lower;
        if (!(number.equals("64") || number.equals("32")) || i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return (next.kind == Kind.HAN && next.lower.startsWith("位"))
                || (next.kind == Kind.WORD && (next.lower.equals("bit") || next.lower.equals("bits")));
    }

    private static Architecture findArchitecture(List<Token> tokens) {
        Architecture found = Architecture.UNKNOWN;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Architecture here = Architecture.UNKNOWN;
            if (token.kind == Kind.ARCH) {
                here = Architecture.parse(token.lower);
            } else if (token.kind == Kind.WORD && (token.lower.equals("arm") || token.lower.equals("aarch"))) {
                here = Architecture.ARM64;
            } else if (token.kind == Kind.NUMBER && isBitness(tokens, i)) {
                here = token.lower.equals("64") ? Architecture.X86_64 : Architecture.I386;
            }
            // "64位 ARM" is an ARM image: an explicit architecture beats a word size
            if (here == Architecture.ARM64 || found == Architecture.UNKNOWN
                    || (token.kind == Kind.ARCH && found != Architecture.ARM64)) {
                found = here == Architecture.UNKNOWN ? found : here;
            }
        }
        return found;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    enum Kind { ARCH, QUALIFIER, NUMBER, WORD, HAN }

    record Token(Kind kind, String text, String lower) {
    }

    private record Match(OsFamily family, int start, int length) {
    }
}
