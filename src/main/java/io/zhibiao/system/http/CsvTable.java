package io.zhibiao.system.http;

import java.util.List;

/** An answer that can also be written as CSV: a header and rows of plain values. */
public interface CsvTable {

    List<String> csvHeader();

    List<List<Object>> csvRows();
}
