package org.borderwatch.interop;

import java.util.Locale;
import java.util.Map;
import org.borderwatch.domain.Category;

/**
 * Derives an event's {@link Category} from ACLED's {@code event_type} and {@code sub_event_type},
 * from one table. The sub-type decides where a type mixes kinds (a violent demonstration is a
 * protest, mob violence is violence; an arrest is an incident, a new base is a deployment);
 * otherwise the type decides; a type ACLED may add later becomes {@link Category#OTHER}.
 */
public final class AcledCategories {
    /** Keys are lower-case ACLED names. */
    private static final Map<String, Category> BY_SUB_TYPE = Map.ofEntries(
            Map.entry("violent demonstration", Category.PROTEST),
            Map.entry("mob violence", Category.VIOLENCE),
            Map.entry("agreement", Category.MEETING),
            Map.entry("arrests", Category.INCIDENT),
            Map.entry("change to group/activity", Category.DEPLOYMENT),
            Map.entry("disrupted weapons use", Category.INCIDENT),
            Map.entry("headquarters or base established", Category.DEPLOYMENT),
            Map.entry("looting/property destruction", Category.INCIDENT),
            Map.entry("non-violent transfer of territory", Category.OTHER),
            Map.entry("other", Category.OTHER));

    private static final Map<String, Category> BY_TYPE = Map.of(
            "protests", Category.PROTEST,
            "riots", Category.VIOLENCE,
            "battles", Category.VIOLENCE,
            "explosions/remote violence", Category.VIOLENCE,
            "violence against civilians", Category.VIOLENCE,
            "strategic developments", Category.OTHER);

    private AcledCategories() {
    }

    /** The category for an ACLED type and sub-type (either may be empty). Never null. */
    public static Category of(String eventType, String subEventType) {
        String type = eventType.trim().toLowerCase(Locale.ROOT);
        Category byType = BY_TYPE.get(type);
        if (byType == null) {
            return Category.OTHER;
        }
        Category bySub = BY_SUB_TYPE.get(subEventType.trim().toLowerCase(Locale.ROOT));
        if (bySub != null && (type.equals("riots") || type.equals("strategic developments"))) {
            return bySub;
        }
        return byType;
    }
}
