package org.herald.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use and shared from then on by every thread: the models, knowledge files
 * and word lists that a JVM loads once. A failed load is not remembered, so the next caller sees
 * the same error rather than a half-made value.
 */
public final class Once<T> implements Supplier<T> {

    private final Supplier<? extends T> make;
    private volatile T value;

    private Once(Supplier<? extends T> make) {
        this.make = Objects.requireNonNull(make);
    }

    public static <T> Once<T> of(Supplier<? extends T> make) {
        return new Once<>(make);
    }

    /** Reads a file of Herald's; {@code name} is the one its errors give. */
    public interface Reader<T> {
        T read(String name, InputStream in) throws IOException;
    }

    /**
     * A file bundled with Herald ({@code resource}, an absolute class-path name), read on first use;
     * a missing or unreadable file is an error that names it.
     */
    public static <T> Once<T> resource(String resource, Reader<? extends T> reader) {
        return of(() -> {
            try (InputStream in = Once.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + ": missing from the class path");
                }
                return reader.read(resource, in);
            } catch (IOException e) {
                throw new UncheckedIOException(resource + ": cannot read: " + e.getMessage(), e);
            }
        });
    }

    /** Whether the value has been made (so that a load's cost can be reported only when paid). */
    public boolean made() {
        return value != null;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(make.get(), "a shared value was made as null");
                    value = v;
                }
            }
        }
        return v;
    }
}
