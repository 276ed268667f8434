package org.csip.common.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date field whose window starts earlier than {@link InputRules#EARLIEST_DATE} — for example a member of staff who
 * joined before 1990 and is still in post. Read by {@link StrictJson} when it reads the field.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface DateWindow {
    /** The earliest date accepted, ISO-8601. */
    String earliest();
}
