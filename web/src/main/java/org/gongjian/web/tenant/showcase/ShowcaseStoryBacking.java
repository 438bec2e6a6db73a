package org.gongjian.web.tenant.showcase;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.gongjian.platform.NotFoundException;
import org.gongjian.showcase.boundary.ShowcaseYear;
import org.gongjian.showcase.boundary.Showcases;
import org.gongjian.showcase.entity.PhotoKind;
import org.gongjian.showcase.entity.ShowcasePhoto;
import org.gongjian.showcase.entity.ShowcaseStory;
import org.gongjian.web.faces.Messages;

/** One featured story ({@code ?id=}) for the tenant's admins: its title and text, and its before/after photos. */
@Named
@ViewScoped
public class ShowcaseStoryBacking implements Serializable {

    @Inject
    Showcases showcases;

    private Long id;
    private transient ShowcaseStory story;
    private transient List<ShowcaseYear.PhotoRef> photos;
    private String title;
    private String body;
    private PhotoKind kind;
    private transient Part photo;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        story = showcases.story(id);
        photos = showcases.photos(id);
        if (!FacesContext.getCurrentInstance().isPostback()) {
            title = story.getTitle();
            body = story.getBody();
        }
    }

    public String save() {
        showcases.write(id, title, body);
        return done("showcase.page.saved");
    }

    public String upload() throws IOException {
        byte[] content;
        try (InputStream in = photo == null ? InputStream.nullInputStream() : photo.getInputStream()) {
            content = in.readNBytes(ShowcasePhoto.MAX_BYTES + 1);
        }
        showcases.addPhoto(id, kind, content);
        return done("showcase.page.photoAdded");
    }

    public String remove(long photoId) {
        showcases.removePhoto(photoId);
        return done("showcase.page.photoRemoved");
    }

    private String done(String key) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(key);
        return "/tenant/showcase/story?faces-redirect=true&id=" + id;
    }

    public PhotoKind[] getKinds() {
        return PhotoKind.values();
    }

    public ShowcaseStory getStory() {
        return story;
    }

    public List<ShowcaseYear.PhotoRef> getPhotos() {
        return photos;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public PhotoKind getKind() {
        return kind;
    }

    public void setKind(PhotoKind kind) {
        this.kind = kind;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
