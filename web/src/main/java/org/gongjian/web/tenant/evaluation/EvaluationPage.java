package org.gongjian.web.tenant.evaluation;

import java.io.Serializable;
import org.gongjian.platform.NotFoundException;

/**
 * What the admin's evaluation pages share: the year ({@code ?year=}) and, on a project's pages, the
 * project ({@code &id=}), read from the address as text so that a malformed one answers 404 like
 * one that is not there, instead of a conversion message on an empty page.
 */
public abstract class EvaluationPage implements Serializable {

    private String yearParameter;
    private String idParameter;

    int year() {
        if (yearParameter == null || !yearParameter.matches("\\d{4}")) {
            throw new NotFoundException();
        }
        return Integer.parseInt(yearParameter);
    }

    long projectId() {
        if (idParameter == null || !idParameter.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        return Long.parseLong(idParameter);
    }

    public String getYear() {
        return yearParameter;
    }

    public void setYear(String year) {
        this.yearParameter = year;
    }

    public String getId() {
        return idParameter;
    }

    public void setId(String id) {
        this.idParameter = id;
    }
}
