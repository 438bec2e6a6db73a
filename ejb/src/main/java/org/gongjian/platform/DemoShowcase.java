package org.gongjian.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.gongjian.audit.control.Audit;
import org.gongjian.project.control.AcceptedProjects;
import org.gongjian.project.entity.FileType;
import org.gongjian.project.entity.Project;
import org.gongjian.showcase.control.CityPress;
import org.gongjian.showcase.control.EditionPress;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.showcase.entity.PhotoKind;
import org.gongjian.showcase.entity.ShowcasePhoto;
import org.gongjian.showcase.entity.ShowcaseStory;

/**
 * A demo tenant's published showcase of the year: its accepted project featured with a story and a
 * before and an after photo, published as the organiser would; and the city's showcase picking the
 * tenants' stories. Each step audited as "system".
 */
@Dependent
class DemoShowcase {

    static final String STORY_TITLE = "红色物业联盟：把物业服务办到居民心坎上";
    static final String STORY_BODY = """
            过去，小区物业服务与居民需求脱节：楼道堆物没人清，绿地缺人管，报修要等好几天，投诉一直居高不下。
            今年，党组织牵头组建红色物业联盟，物业企业党员亮身份、作承诺，每月召开联席会议，请居民代表现场评议服务。
            一年下来，联盟覆盖 6 个小区，建立服务承诺 12 项，物业投诉同比下降 35%。楼道清爽了，绿地有人管了，居民说：“有事找联盟，心里踏实。”""";

    @PersistenceContext
    EntityManager em;

    @Inject
    AcceptedProjects accepted;

    @Inject
    EditionPress press;

    @Inject
    CityPress city;

    @Inject
    Audit audit;

    @Inject
    DatabaseClock clock;

    /** In the tenant's transaction, after its projects: features every accepted project of the year and publishes the year. */
    void write(long tenantId, int year) {
        int position = 0;
        for (Project project : accepted.ofYear(year)) {
            ShowcaseStory story = new ShowcaseStory(year, project.getId(), position++, project.getTitle(), audit.actor(), clock.now());
            em.persist(story);
            em.flush();
            audit.recordFor(tenantId, "showcase.featured", "showcase_story", story.getId(), null, story.snapshot());
            var before = story.snapshot();
            story.write(STORY_TITLE, STORY_BODY, audit.actor(), clock.now());
            em.flush();
            audit.recordFor(tenantId, "showcase.written", "showcase_story", story.getId(), before, story.snapshot());
            photo(tenantId, story, PhotoKind.BEFORE, false);
            photo(tenantId, story, PhotoKind.AFTER, true);
        }
        press.publish(year, press.suggestedTitle(year));
    }

    /** In the host's transaction, after the tenants published: picks every story of the year and publishes the city's edition. */
    void city(int year) {
        for (Edition.Story story : city.published(year)) {
            city.pick(year, story.id());
        }
        city.publish(year, "全市 " + year + " 年度项目展评");
    }

    private void photo(long tenantId, ShowcaseStory story, PhotoKind kind, boolean tidy) {
        ShowcasePhoto photo = new ShowcasePhoto(story.getId(), kind, FileType.PNG.mediaType(), scene(tidy), audit.actor());
        em.persist(photo);
        em.flush();
        audit.recordFor(tenantId, "showcase.photo.added", "showcase_photo", photo.getId(), null, photo.snapshot());
    }

    /** A residential courtyard drawn in shapes: grey and cluttered before, green and tidy after. */
    static byte[] scene(boolean tidy) {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(tidy ? new Color(0x8EC9F0) : new Color(0xB8B8B0));
            g.fillRect(0, 0, 480, 320);
            g.setColor(tidy ? new Color(0x7CB342) : new Color(0x9E9A88));
            g.fillRect(0, 240, 480, 80);
            for (int x = 40; x < 480; x += 150) {
                g.setColor(tidy ? new Color(0xF2E6D0) : new Color(0xA89F91));
                g.fillRect(x, 90, 110, 150);
                g.setColor(tidy ? new Color(0xC62828) : new Color(0x6D6458));
                g.fillRect(x - 6, 80, 122, 14);
                for (int row = 0; row < 3; row++) {
                    for (int col = 0; col < 3; col++) {
                        g.setColor(tidy ? new Color(0xFFF59D) : new Color(0x5A5550));
                        g.fillRect(x + 12 + col * 34, 104 + row * 40, 20, 22);
                    }
                }
            }
            if (tidy) {
                g.setColor(new Color(0x2E7D32));
                for (int x = 20; x < 480; x += 75) {
                    g.fillOval(x, 212, 44, 44);
                }
                g.setColor(new Color(0xFDD835));
                g.fillOval(400, 24, 48, 48);
            } else {
                g.setColor(new Color(0x5D4037));
                for (int x = 30; x < 480; x += 90) {
                    g.fillRect(x, 250 + (x % 3) * 6, 36, 22);
                    g.fillOval(x + 30, 262, 28, 18);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
