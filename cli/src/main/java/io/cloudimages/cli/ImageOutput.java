package io.cloudimages.cli;

import io.cloudimages.model.Image;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Images printed as they arrive: a JSON array, or table rows. */
abstract sealed class ImageOutput implements AutoCloseable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** The output of images from these clouds, named as the user named them; several are told apart in each image. */
    static ImageOutput of(OutputFormat format, PrintWriter out, List<String> clouds) {
        return format == OutputFormat.JSON ? new Json(out, clouds.size() > 1) : new Rows(out, clouds);
    }

    /** Prints an image of the cloud of this name; throws {@link StdoutFailure} when stdout cannot be written. */
    abstract void add(String cloud, Image image);

    /** The cloud of this name will add no more images: it failed. */
    abstract void failed(String cloud);

    /** Ends the document, whether or not every cloud answered, so that stdout stays valid. */
    @Override
    public abstract void close();

    static final class Json extends ImageOutput {
        private final PrintWriter out;
        private final JsonOutput json;
        private final boolean severalClouds;

        Json(PrintWriter out, boolean severalClouds) {
            this.out = out;
            this.severalClouds = severalClouds;
            json = new JsonOutput(out);
            json.startArray();
        }

        @Override
        void add(String cloud, Image image) {
            json.image(severalClouds ? cloud : null, image);
            StdoutFailure.check(out);
        }

        @Override
        void failed(String cloud) {
            // the error is reported on stderr; the array goes on with the others' images
        }

        @Override
        public void close() {
            json.endArray();
            json.close();
        }
    }

    /**
     * Table rows. The header comes with the first row, never without one, so a command that fails
     * prints none. The columns are chosen once every cloud has shown an image (or failed): a ZONE
     * column when any of those images has a zone (UCloud's are per zone), for a cloud gives zones
     * to all its images or to none. Until then rows wait, at most {@link #HELD_AT_MOST} of them.
     */
    static final class Rows extends ImageOutput {

        private static final int HELD_AT_MOST = 1000;
        private static final String[] HEADERS = {"CLOUD", "ID", "NAME", "ZONE", "OS", "VERSION", "ARCH", "TYPE", "STATE", "CREATED"};
        // each a width per header, 0 leaving the column out; every set fits in Table.MAX_WIDTH
        private static final int[] ONE_CLOUD = {0, 20, 30, 0, 13, 8, 7, 11, 11, 10};
        private static final int[] ONE_CLOUD_WITH_ZONES = {0, 16, 22, 14, 13, 8, 7, 11, 11, 10};
        private static final int[] SEVERAL_CLOUDS = {12, 20, 20, 0, 13, 8, 7, 11, 11, 10};
        private static final int[] SEVERAL_CLOUDS_WITH_ZONES = {10, 14, 16, 14, 11, 7, 7, 11, 11, 10};

        private final PrintWriter out;
        private final boolean severalClouds;
        private final Set<String> unheard;
        private final List<String[]> held = new ArrayList<>();
        private int[] widths;
        private Table table;

        Rows(PrintWriter out, List<String> clouds) {
            this.out = out;
            this.severalClouds = clouds.size() > 1;
            this.unheard = new LinkedHashSet<>(clouds);
        }

        @Override
        void add(String cloud, Image image) {
            String[] cells = {cloud, image.id(), image.name(), image.zone(), image.os().family().id(),
                    image.os().version() == null ? "-" : image.os().version().toString(), image.os().architecture().id(),
                    image.type().id(), image.state().id(), image.createdAt() == null ? "-" : DAY.format(image.createdAt())};
            row(cloud, cells);
        }

        /** A row for a cloud that has no image to show, saying why in the name's column. */
        void missing(String cloud, String why) {
            String[] cells = new String[HEADERS.length];
            Arrays.fill(cells, "-");
            cells[0] = cloud;
            cells[2] = why;
            cells[3] = null;
            row(cloud, cells);
        }

        @Override
        void failed(String cloud) {
            unheard.remove(cloud);
            if (table == null && unheard.isEmpty() && !held.isEmpty()) {
                start();
            }
        }

        private void row(String cloud, String[] cells) {
            if (table != null) {
                print(cells);
                return;
            }
            held.add(cells);
            unheard.remove(cloud);
            if (unheard.isEmpty() || held.size() >= HELD_AT_MOST) {
                start();
            }
        }

        /** Chooses the columns from the rows held, and prints the header and them. */
        private void start() {
            boolean zones = held.stream().anyMatch(cells -> cells[3] != null);
            widths = severalClouds ? (zones ? SEVERAL_CLOUDS_WITH_ZONES : SEVERAL_CLOUDS) : (zones ? ONE_CLOUD_WITH_ZONES : ONE_CLOUD);
            List<Table.Column> columns = new ArrayList<>();
            for (int i = 0; i < HEADERS.length; i++) {
                if (widths[i] > 0) {
                    columns.add(new Table.Column(HEADERS[i], widths[i]));
                }
            }
            table = new Table(out, columns);
            table.header();
            held.forEach(this::print);
            held.clear();
        }

        private void print(String[] cells) {
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                if (widths[i] > 0) {
                    shown.add(cells[i] == null ? "-" : cells[i]);
                }
            }
            table.row(shown.toArray(String[]::new));
            out.flush();
            StdoutFailure.check(out);
        }

        @Override
        public void close() {
            if (table == null && !held.isEmpty()) {
                start();
            }
            out.flush();
        }
    }
}
