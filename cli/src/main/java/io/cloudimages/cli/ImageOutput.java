package io.cloudimages.cli;

import io.cloudimages.model.Image;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Images printed as they arrive: a JSON array, or table rows. */
abstract sealed class ImageOutput implements AutoCloseable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    static ImageOutput of(OutputFormat format, PrintWriter out, boolean severalClouds) {
        return format == OutputFormat.JSON ? new Json(out) : new Rows(out, severalClouds);
    }

    /** Prints an image of the cloud of this name; throws {@link StdoutFailure} when stdout cannot be written. */
    abstract void add(String cloud, Image image);

    /** Ends the document, whether or not every cloud answered, so that stdout stays valid. */
    @Override
    public abstract void close();

    static final class Json extends ImageOutput {
        private final PrintWriter out;
        private final JsonOutput json;

        Json(PrintWriter out) {
            this.out = out;
            json = new JsonOutput(out);
            json.startArray();
        }

        @Override
        void add(String cloud, Image image) {
            json.image(image);
            StdoutFailure.check(out);
        }

        @Override
        public void close() {
            json.endArray();
            json.close();
        }
    }

    static final class Rows extends ImageOutput {
        private final PrintWriter out;
        private final Table table;
        private final boolean severalClouds;

        Rows(PrintWriter out, boolean severalClouds) {
            this.out = out;
            this.severalClouds = severalClouds;
            List<Table.Column> columns = new ArrayList<>();
            if (severalClouds) {
                columns.add(new Table.Column("CLOUD", 12));
            }
            columns.add(new Table.Column("ID", 20));
            columns.add(new Table.Column("NAME", severalClouds ? 20 : 30));
            columns.add(new Table.Column("OS", 13));
            columns.add(new Table.Column("VERSION", 8));
            columns.add(new Table.Column("ARCH", 7));
            columns.add(new Table.Column("TYPE", 11));
            columns.add(new Table.Column("STATE", 11));
            columns.add(new Table.Column("CREATED", 10));
            table = new Table(out, columns);
            table.header();
        }

        @Override
        void add(String cloud, Image image) {
            List<String> cells = new ArrayList<>();
            if (severalClouds) {
                cells.add(cloud);
            }
            cells.add(image.id());
            cells.add(image.name());
            cells.add(image.os().family().id());
            cells.add(image.os().version() == null ? "-" : image.os().version().toString());
            cells.add(image.os().architecture().id());
            cells.add(image.type().id());
            cells.add(image.state().id());
            cells.add(image.createdAt() == null ? "-" : DAY.format(image.createdAt()));
            table.row(cells.toArray(String[]::new));
            out.flush();
            StdoutFailure.check(out);
        }

        /** A row for a cloud that has no image to show, saying why in the name's column. */
        void missing(String cloud, String why) {
            List<String> cells = new ArrayList<>();
            if (severalClouds) {
                cells.add(cloud);
            }
            cells.add("-");
            cells.add(why);
            for (int i = 0; i < 6; i++) {
                cells.add("-");
            }
            table.row(cells.toArray(String[]::new));
            out.flush();
            StdoutFailure.check(out);
        }

        @Override
        public void close() {
            out.flush();
        }
    }
}
