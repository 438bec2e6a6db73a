package org.gongjian.web.tenant.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongjian.tenantconfig.Category;
import org.gongjian.tenantconfig.TenantConfiguration;

/** The tenant admin edits the project categories, or first picks the template the configuration starts from. */
@Named
@ViewScoped
public class CategoriesBacking extends SettingsPage {

    private final List<CategoryRow> rows = new ArrayList<>();

    @Override
    void edit(TenantConfiguration configuration) {
        rows.clear();
        configuration.categories().forEach(category -> rows.add(CategoryRow.of(category)));
    }

    public void add() {
        rows.add(new CategoryRow(freshKey("c", CategoriesBacking::keysOf)));
    }

    public void remove(CategoryRow row) {
        rows.remove(row);
    }

    public void save() {
        saved(configurations.saveCategories(rows.stream().map(CategoryRow::toCategory).toList(), basedOn()));
    }

    private static Stream<String> keysOf(TenantConfiguration configuration) {
        return configuration.categories().stream().map(Category::key);
    }

    public List<CategoryRow> getRows() {
        return rows;
    }
}
