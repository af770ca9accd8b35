package com.chainleads.lead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeepPageTest {

    private final Random random = new Random(20261206);

    /** The reference: every row sorted by key, then name, then descending id. */
    private static long[] sorted(
            long[] keys, long[] ids, String[] names, int offset, int limit, boolean byName, boolean namesAscending) {
        Comparator<Integer> order = Comparator.comparingLong(i -> keys[i]);
        if (byName) {
            Comparator<Integer> name = Comparator.comparing(i -> names[i]);
            order = order.thenComparing(namesAscending ? name : name.reversed());
        }
        order = order.thenComparing(
                Comparator.comparingLong((Integer i) -> ids[i]).reversed());
        return IntStream.range(0, keys.length)
                .boxed()
                .sorted(order)
                .skip(offset)
                .limit(limit)
                .mapToLong(i -> ids[i])
                .toArray();
    }

    @Test
    void aPageOfKeysWithManyTiesIsTheSameAsSortingEverything() {
        int size = 20_000;
        long[] keys = new long[size];
        long[] ids = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = random.nextInt(9); // a stage rank: thousands of ties
            ids[i] = i + 1;
        }
        shuffle(keys, ids);
        for (int offset : List.of(0, 1, 49, 2_000, 10_001, 19_990)) {
            assertThat(new DeepPage(keys, ids, size).ids(offset, 50, null, true))
                    .as("offset %d", offset)
                    .containsExactly(sorted(keys, ids, null, offset, 50, false, true));
        }
    }

    @Test
    void aPageOfWideKeysIsTheSameAsSortingEverything() {
        int size = 20_000;
        long[] keys = new long[size];
        long[] ids = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = random.nextLong() / 4 * (random.nextInt(10) == 0 ? 0 : 1); // millis-like, some ties at 0
            ids[i] = 1_000_000 + i;
        }
        for (int offset : List.of(0, 7_500, 19_999)) {
            assertThat(new DeepPage(keys, ids, size).ids(offset, 50, null, true))
                    .containsExactly(sorted(keys, ids, null, offset, 50, false, true));
        }
    }

    @Test
    void namesWithTheSameBeginningAreOrderedByTheWholeNameInEitherDirection() {
        int size = 5_000;
        long[] keys = new long[size];
        long[] ids = new long[size];
        String[] names = new String[size];
        String[] starts = {"华鼎科技", "华鼎科学", "中科", "a"};
        for (int i = 0; i < size; i++) {
            names[i] = starts[random.nextInt(starts.length)] + random.nextInt(300);
            ids[i] = i + 1;
        }
        for (boolean ascending : List.of(true, false)) {
            for (int i = 0; i < size; i++) {
                long key = LeadIndexFields.prefixKey(names[i]);
                keys[i] = ascending ? key : ~key;
            }
            for (int offset : List.of(0, 1_234, 4_990)) {
                assertThat(new DeepPage(keys, ids, size).ids(offset, 50, row -> names[row], ascending))
                        .as("ascending %s offset %d", ascending, offset)
                        .containsExactly(sorted(keys, ids, names, offset, 50, true, ascending));
            }
        }
    }

    @Test
    void beyondTheLastRowThereIsNothing() {
        long[] keys = {3, 1, 2};
        long[] ids = {1, 2, 3};
        assertThat(new DeepPage(keys, ids, 3).ids(3, 50, null, true)).isEmpty();
        assertThat(new DeepPage(keys, ids, 3).ids(1, 50, null, true)).containsExactly(3, 1);
    }

    @Test
    void selectFindsTheKthSmallestValue() {
        long[] values = random.longs(10_001).toArray();
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        assertThat(DeepPage.select(values.clone(), 5_000)).isEqualTo(sorted[5_000]);
        assertThat(DeepPage.select(values.clone(), 0)).isEqualTo(sorted[0]);
        assertThat(DeepPage.select(values.clone(), 10_000)).isEqualTo(sorted[10_000]);
    }

    private void shuffle(long[] keys, long[] ids) {
        for (int i = keys.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long k = keys[i];
            keys[i] = keys[j];
            keys[j] = k;
            long id = ids[i];
            ids[i] = ids[j];
            ids[j] = id;
        }
    }
}
