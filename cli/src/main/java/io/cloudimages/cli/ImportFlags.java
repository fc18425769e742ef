package io.cloudimages.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library names the fields of an import request as its builder does ({@code imageUrl},
 * {@code force}); the command says the flags the user typed instead ({@code --url},
 * {@code --force}). Only the library's own words are rewritten: quoted values and whatever a
 * cloud said are left as they are.
 */
final class ImportFlags {

    private static final Map<Pattern, String> FLAGS = new LinkedHashMap<>();

    static {
        FLAGS.put(Pattern.compile("\\bimageUrl\\b"), "--url");
        FLAGS.put(Pattern.compile("\\bosName\\b"), "--os");
        FLAGS.put(Pattern.compile("\\bosVersion\\b"), "--os-version");
        FLAGS.put(Pattern.compile("\\blicenseType\\b"), "--license-type");
        FLAGS.put(Pattern.compile("\\bbootMode\\b"), "--boot-mode");
        FLAGS.put(Pattern.compile("\\bimageFamily\\b"), "--image-family");
        FLAGS.put(Pattern.compile("\\bset force\\b"), "add --force");
        FLAGS.put(Pattern.compile("\\bwith force\\b"), "with --force");
    }

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    private ImportFlags() {
    }

    /** The message with each field named as its flag, outside quotes. */
    static String said(String message) {
        StringBuilder said = new StringBuilder();
        Matcher quoted = QUOTED.matcher(message);
        int from = 0;
        while (quoted.find()) {
            said.append(flags(message.substring(from, quoted.start()))).append(quoted.group());
            from = quoted.end();
        }
        return said.append(flags(message.substring(from))).toString();
    }

    private static String flags(String words) {
        String result = words;
        for (Map.Entry<Pattern, String> flag : FLAGS.entrySet()) {
            result = flag.getKey().matcher(result).replaceAll(flag.getValue());
        }
        return result;
    }
}
