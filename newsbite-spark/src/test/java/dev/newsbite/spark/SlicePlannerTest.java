package dev.newsbite.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SlicePlannerTest {
    /** A file of {@code pages} pages, every page's record 1,000 bytes after the last, the first at 300. */
    private static FileIndex file(String name, long pages, int granule, boolean splittable) {
        long[] offsets = LongStream.range(0, (pages + granule - 1) / granule).map(g -> 300 + g * granule * 1000L)
                .toArray();
        return new FileIndex(name, 300 + pages * 1000, pages, granule, offsets, splittable, null);
    }

    @Test
    void cutsAFileAtPageRecordsFirstFromByteZeroLastToTheEnd() {
        List<WarcSlice> slices = SlicePlanner.plan(List.of(file("a.warc", 100, 10, true)), 30);

        assertThat(slices).containsExactly(
                new WarcSlice("a.warc", 0, 30_300, 30),
                new WarcSlice("a.warc", 30_300, 60_300, 30),
                new WarcSlice("a.warc", 60_300, 90_300, 30),
                new WarcSlice("a.warc", 90_300, WarcSlice.TO_END, 10));
    }

    @Test
    void slicesFollowEachOtherWithoutGapOrOverlap() {
        List<WarcSlice> slices = SlicePlanner.plan(List.of(file("a.warc", 1_234, 25, true)), 200);

        List<WarcSlice> inOrder = slices.stream().sorted((x, y) -> Long.compare(x.start(), y.start())).toList();
        assertThat(inOrder.get(0).start()).isZero();
        for (int i = 1; i < inOrder.size(); i++) {
            assertThat(inOrder.get(i).start()).isEqualTo(inOrder.get(i - 1).end());
        }
        assertThat(inOrder.get(inOrder.size() - 1).isLast()).isTrue();
        assertThat(slices.stream().mapToLong(WarcSlice::pages).sum()).isEqualTo(1_234);
    }

    @Test
    void anUnsplittableFileIsOneSlice() {
        assertThat(SlicePlanner.plan(List.of(file("whole.warc.gz", 500, 25, false)), 50))
                .containsExactly(new WarcSlice("whole.warc.gz", 0, WarcSlice.TO_END, 500));
    }

    @Test
    void aFileWithoutPagesIsStillReadOnceForItsCounts() {
        FileIndex empty = new FileIndex("requests-only.warc", 5_000, 0, 25, new long[0], true, null);

        assertThat(SlicePlanner.plan(List.of(empty), 100))
                .containsExactly(new WarcSlice("requests-only.warc", 0, WarcSlice.TO_END, 0));
    }

    @Test
    void anUnreadableFileHasNoSlice() {
        assertThat(SlicePlanner.plan(List.of(FileIndex.unreadable("gone.warc", 0, "cannot read")), 100)).isEmpty();
    }

    @Test
    void biggestSlicesComeFirstSoThatNoneIsLeftAloneAtTheEnd() {
        List<WarcSlice> slices = SlicePlanner.plan(
                List.of(file("small.warc", 40, 10, true), file("whole.warc.gz", 400, 10, false)), 20);

        assertThat(slices.get(0).file()).isEqualTo("whole.warc.gz");
        assertThat(slices).extracting(WarcSlice::pages).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void automaticSizeGivesEveryCoreSeveralSlicesWithinBounds() {
        assertThat(SlicePlanner.autoRecordsPerTask(10_000, 2)).isEqualTo(625);
        assertThat(SlicePlanner.autoRecordsPerTask(50, 2)).isEqualTo(SlicePlanner.MIN_AUTO_PAGES);
        assertThat(SlicePlanner.autoRecordsPerTask(40_000_000, 100)).isEqualTo(SlicePlanner.MAX_AUTO_PAGES);
    }

    @Test
    void offsetsThatDoNotGrowStopTheCuttingThere() {
        FileIndex odd = new FileIndex("odd.warc", 9_999, 40, 10, new long[] {0, 5_000, 4_000, 8_000}, true, null);

        List<WarcSlice> slices = SlicePlanner.plan(List.of(odd), 10);

        assertThat(slices).containsExactlyInAnyOrder(new WarcSlice("odd.warc", 0, 5_000, 10),
                new WarcSlice("odd.warc", 5_000, WarcSlice.TO_END, 30));
    }

    @Test
    void aSliceMustEndAfterItStarts() {
        assertThatThrownBy(() -> new WarcSlice("a.warc", 100, 100, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlicePlanner.plan(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
