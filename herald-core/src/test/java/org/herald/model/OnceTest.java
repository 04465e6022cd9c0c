package org.herald.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnceTest {

    @Test
    void many_threads_share_one_value_made_once() {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Once<Object> once = Once.of(() -> {
            made.incrementAndGet();
            return new Object();
        });
        List<CompletableFuture<Object>> gets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            gets.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return once.get();
            }));
        }
        start.countDown();
        Object first = gets.get(0).join();
        assertThat(gets).allSatisfy(g -> assertThat(g.join()).isSameAs(first));
        assertThat(made).hasValue(1);
    }

    @Test
    void a_failed_make_is_tried_again_by_the_next_caller() {
        AtomicInteger calls = new AtomicInteger();
        Once<String> once = Once.of(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("broken file");
            }
            return "ok";
        });
        assertThatThrownBy(once::get).hasMessage("broken file");
        assertThat(once.get()).isEqualTo("ok");
    }

    @Test
    void a_missing_resource_is_named() {
        Once<String> once = Once.resource("/org/herald/no-such-file.txt", (name, in) -> "never");
        assertThatThrownBy(once::get).hasMessageContaining("/org/herald/no-such-file.txt").hasMessageContaining("missing");
    }

    @Test
    void a_resource_is_read_with_its_name() {
        Once<String> once = Once.resource("/org/herald/quotes/reporting.tsv", (name, in) -> name + " " + (in.read() >= 0));
        assertThat(once.get()).isEqualTo("/org/herald/quotes/reporting.tsv true");
    }
}
