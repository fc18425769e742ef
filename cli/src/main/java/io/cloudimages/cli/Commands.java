package io.cloudimages.cli;

import java.util.regex.Pattern;

/** What commands tell the user to type next. */
final class Commands {

    private static final Pattern REGEX_SPECIALS = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

    private Commands() {
    }

    /** The options that name the same cloud again: {@code -p P -r R}, or {@code --config F -c NAME}. */
    static String cloudArguments(RootCommand root, CloudOptions cloud) {
        if (!cloud.clouds().isEmpty()) {
            return "--config " + shellQuote(String.valueOf(root.config)) + " -c " + shellQuote(cloud.clouds().get(0));
        }
        return "-p " + shellQuote(cloud.provider) + " -r " + shellQuote(cloud.region.strip())
                + (root.simulate ? " --simulate" : "")
                + (root.endpoint != null ? " --endpoint " + shellQuote(root.endpoint) : "");
    }

    /**
     * Checks an image id the user typed: ids have no blanks, so one with a blank is a typing
     * mistake, refused before anything is sent.
     */
    static String requireImageId(String id, String option) {
        String stripped = id.strip();
        if (stripped.isEmpty()) {
            throw CommandFailure.usage(option + " is empty; give an image id, for example img-pmqg1cw7");
        }
        if (stripped.chars().anyMatch(Character::isWhitespace)) {
            throw CommandFailure.usage(option + " \"" + stripped + "\" has a blank in it; an image id has none, for example img-pmqg1cw7");
        }
        return stripped;
    }

    /** The command that waits for this image again, with the same timeout and output as this one. */
    static String waitFor(RootCommand root, CloudOptions cloud, String imageId, WaitOptions wait, boolean json) {
        return "cloudimages images wait " + cloudArguments(root, cloud) + " " + shellQuote(imageId)
                + (wait.given() ? " --wait-timeout " + WaitProgress.text(wait.timeout) : "") + (json ? " -o json" : "");
    }

    /** The command that lists the private image of this name, for when an import's image must be found later. */
    static String findByName(RootCommand root, CloudOptions cloud, String name) {
        return "cloudimages images list " + cloudArguments(root, cloud) + " --type private --name-regex "
                + shellQuote(exactNameRegex(name));
    }

    /** A {@code --name-regex} that matches exactly this name. */
    static String exactNameRegex(String name) {
        return "^" + REGEX_SPECIALS.matcher(name).replaceAll("\\\\$0") + "$";
    }

    /** The text as one word for a POSIX shell: as it is when it is plain, else in single quotes. */
    static String shellQuote(String text) {
        if (text.matches("[A-Za-z0-9_./:@%+=,-]+")) {
            return text;
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
