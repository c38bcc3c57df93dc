package io.zhibiao.system.http;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** A list of records seen as a table: one column per record component, in declaration order. */
record RecordTable(List<String> csvHeader, List<List<Object>> csvRows) implements CsvTable {

    static RecordTable of(Collection<?> items) {
        if (items.isEmpty()) {
            return new RecordTable(List.of(), List.of());
        }
        Object first = items.iterator().next();
        if (!first.getClass().isRecord()) {
            throw new IllegalArgumentException("CSV needs a list of records, not of " + first.getClass().getName());
        }
        RecordComponent[] components = first.getClass().getRecordComponents();
        List<String> header = Arrays.stream(components).map(RecordComponent::getName).toList();
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (Object item : items) {
            List<Object> row = new ArrayList<>(components.length);
            for (RecordComponent c : components) {
                row.add(value(c, item));
            }
            rows.add(row);
        }
        return new RecordTable(header, rows);
    }

    private static Object value(RecordComponent component, Object item) {
        try {
            return component.getAccessor().invoke(item);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + item.getClass().getName(), e);
        }
    }
}
