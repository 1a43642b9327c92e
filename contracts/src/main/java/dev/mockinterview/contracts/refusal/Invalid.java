package dev.mockinterview.contracts.refusal;

import java.util.List;

/** Input the domain cannot take, with each field at fault. */
public final class Invalid extends Refusal {
    private final transient List<Field> fields;

    /** One field at fault and what is wrong with it. */
    public record Field(String name, String message) {
    }

    public Invalid(String detail, List<Field> fields) {
        super(null, null, detail);
        this.fields = List.copyOf(fields);
    }

    public List<Field> fields() {
        return fields;
    }
}
