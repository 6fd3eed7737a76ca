package dev.newsbite.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SlicePlannerTest {
    /** A file of {@code pages} pages, every page's record 1,000 bytes after the last, the first at 300. */
    private static FileIndex file(String name, long pages, int granule) {
        long[] offsets = LongStream.range(0, (pages + granule - 1) / granule).map(g -> 300 + g * granule * 1000L)
                .toArray();
        return FileIndex.pageOffsets(name, 300 + pages * 1000, pages, granule, offsets);
    }

    private static WarcSlice slice(String file, long start, long end, long pages) {
        return new WarcSlice(file, start, end, pages, false);
    }

    @Test
    void cutsAFileAtPageRecordsFirstFromByteZeroLastToTheEnd() {
        List<WarcSlice> slices = SlicePlanner.plan(List.of(file("a.warc", 100, 10)), 30);

        assertThat(slices).containsExactly(
                slice("a.warc", 0, 30_300, 30),
                slice("a.warc", 30_300, 60_300, 30),
                slice("a.warc", 60_300, 90_300, 30),
                slice("a.warc", 90_300, WarcSlice.TO_END, 10));
    }

    @Test
    void slicesFollowEachOtherWithoutGapOrOverlap() {
        List<WarcSlice> slices = SlicePlanner.plan(List.of(file("a.warc", 1_234, 25)), 200);

        assertContiguous(slices);
        assertThat(slices.stream().mapToLong(WarcSlice::pages).sum()).isEqualTo(1_234);
    }

    private static void assertContiguous(List<WarcSlice> slices) {
        List<WarcSlice> inOrder = slices.stream().sorted((x, y) -> Long.compare(x.start(), y.start())).toList();
        assertThat(inOrder.get(0).start()).isZero();
        for (int i = 1; i < inOrder.size(); i++) {
            assertThat(inOrder.get(i).start()).isEqualTo(inOrder.get(i - 1).end());
        }
        assertThat(inOrder.get(inOrder.size() - 1).end()).isEqualTo(WarcSlice.TO_END);
    }

    @Test
    void aFileOfGzipMembersIsCutByBytesEachSliceFindingItsFirstRecord() {
        // 10 MB at about 10,000 bytes a page: 1,000 pages, 250 a slice.
        FileIndex members = FileIndex.gzipMembers("cc.warc.gz", 10_000_000, 10_000);

        List<WarcSlice> slices = SlicePlanner.plan(List.of(members), 250);

        assertThat(slices).hasSize(4);
        assertContiguous(slices);
        assertThat(slices).allSatisfy(s -> assertThat(s.findRecord()).isEqualTo(s.start() > 0));
        assertThat(slices).extracting(WarcSlice::pages).containsOnly(250L);
    }

    @Test
    void byteSlicesAreNeverTiny() {
        FileIndex members = FileIndex.gzipMembers("small.warc.gz", 200_000, 1_000);

        assertThat(SlicePlanner.plan(List.of(members), 1)).hasSize(3);
    }

    @Test
    void anUnsplittableFileIsOneSlice() {
        assertThat(SlicePlanner.plan(List.of(FileIndex.whole("whole.warc.gz", 90_000, 500)), 50))
                .containsExactly(slice("whole.warc.gz", 0, WarcSlice.TO_END, 500));
    }

    @Test
    void aFileWithoutPagesIsStillReadOnceForItsCounts() {
        FileIndex empty = FileIndex.pageOffsets("requests-only.warc", 5_000, 0, 25, new long[0]);

        assertThat(SlicePlanner.plan(List.of(empty), 100))
                .containsExactly(slice("requests-only.warc", 0, WarcSlice.TO_END, 0));
    }

    @Test
    void anUnreadableFileHasNoSlice() {
        assertThat(SlicePlanner.plan(List.of(FileIndex.unreadable("gone.warc", 0, "cannot read")), 100)).isEmpty();
    }

    @Test
    void biggestSlicesComeFirstSoThatNoneIsLeftAloneAtTheEnd() {
        List<WarcSlice> slices = SlicePlanner.plan(
                List.of(file("small.warc", 40, 10), FileIndex.whole("whole.warc.gz", 400_000, 400)), 20);

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
        FileIndex odd = FileIndex.pageOffsets("odd.warc", 9_999, 40, 10, new long[] {0, 5_000, 4_000, 8_000});

        List<WarcSlice> slices = SlicePlanner.plan(List.of(odd), 10);

        assertThat(slices).containsExactlyInAnyOrder(slice("odd.warc", 0, 5_000, 10),
                slice("odd.warc", 5_000, WarcSlice.TO_END, 30));
    }

    @Test
    void aSliceMustEndAfterItStarts() {
        assertThatThrownBy(() -> slice("a.warc", 100, 100, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlicePlanner.plan(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
