package app.cinesync.core.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A minimal RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes.
 * Each record comes with the line it started on, for error reports.
 */
public final class Csv implements Iterable<Csv.Row> {
    /** One record and the 1-based line it starts on. */
    public record Row(int line, List<String> fields) {
        public String get(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    private final BufferedReader reader;

    public Csv(BufferedReader reader) {
        this.reader = reader;
    }

    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            private int line = 0;
            private Row next = read();

            private Row read() {
                try {
                    String first = reader.readLine();
                    if (first == null) {
                        return null;
                    }
                    int start = ++line;
                    if (start == 1 && !first.isEmpty() && first.charAt(0) == '\uFEFF') {
                        first = first.substring(1);
                    }
                    List<String> fields = new ArrayList<>();
                    StringBuilder field = new StringBuilder();
                    String text = first;
                    boolean quoted = false;
                    int i = 0;
                    while (true) {
                        if (i == text.length()) {
                            if (!quoted) {
                                break;
                            }
                            String more = reader.readLine();
                            if (more == null) {
                                break; // unterminated quote: keep what we have
                            }
                            line++;
                            field.append('\n');
                            text = more;
                            i = 0;
                            continue;
                        }
                        char c = text.charAt(i++);
                        if (quoted) {
                            if (c == '"') {
                                if (i < text.length() && text.charAt(i) == '"') {
                                    field.append('"');
                                    i++;
                                } else {
                                    quoted = false;
                                }
                            } else {
                                field.append(c);
                            }
                        } else if (c == '"' && field.isEmpty()) {
                            quoted = true;
                        } else if (c == ',') {
                            fields.add(field.toString());
                            field.setLength(0);
                        } else if (c != '\r') {
                            field.append(c);
                        }
                    }
                    fields.add(field.toString());
                    return new Row(start, fields);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Row r = next;
                next = read();
                return r;
            }
        };
    }

    /** Splits a {@code a|b|c} list field; empty gives an empty list. */
    public static List<String> list(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return List.of(field.split("\\|"));
    }
}
