package org.gongjian.config.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenantconfig.ConfigTemplate;
import org.gongjian.tenantconfig.TemplateLoader;

/** The configuration templates shipped with the product, read once; a bad file stops the start. */
@ApplicationScoped
public class Templates {

    private final List<ConfigTemplate> all = new TemplateLoader().all();

    public List<ConfigTemplate> all() {
        return all;
    }

    public ConfigTemplate find(String code) {
        return all.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new BusinessException("config.template.unknown", String.valueOf(code)));
    }
}
