package dev.otpserver.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatlingRunTest {

    /** The "All Requests" row as Gatling 3.15 writes it into index.html, a request row after it. */
    private static final String REPORT = """
            <tbody><tr id="ROOT" >
              <td class="total col-1"><span class="ellipsed-name">All Requests</span></td>
              <td class="value total col-2">600</td>
              <td class="value ok col-3">598</td>
              <td class="value ko col-4">2</td>
              <td class="value ko col-5">0.33</td>
              <td class="value total col-6">150</td>
              <td class="value total col-7">0</td>
              <td class="value total col-8">1</td>
              <td class="value total col-9">1</td>
              <td class="value total col-10">12</td>
              <td class="value total col-11">52</td>
              <td class="value total col-12">68</td>
            </tr></tbody>
            <tbody><tr id="req_get-1" data-parent="ROOT">
              <td class="value total col-2">9999</td>
            </tr></tbody>
            """;

    @Test
    void figuresComeFromTheAllRequestsRowOnly(@TempDir Path folder) throws IOException {
        Path report = Files.writeString(folder.resolve("index.html"), REPORT);

        Map<Integer, Long> row = GatlingRun.allRequestsRow(report);

        assertEquals(600L, row.get(2));
        assertEquals(598L, row.get(3));
        assertEquals(2L, row.get(4));
        assertEquals(1L, row.get(8));
        assertEquals(52L, row.get(11));
    }
}
