package org.scicoop.secretariat.web.reference;

import org.scicoop.secretariat.reference.boundary.CountryService;
import org.scicoop.secretariat.reference.entity.IncomeGroup;

import java.io.Serializable;

/** A country's World Bank classification as the administrator records it: the income group and its year. */
public class CountryForm implements Serializable {

    private IncomeGroup group;
    private Integer year;

    static CountryForm of(CountryService.CountryRow row) {
        CountryForm form = new CountryForm();
        form.group = row.incomeGroup();
        form.year = row.incomeYear();
        return form;
    }

    public IncomeGroup getGroup() {
        return group;
    }

    public void setGroup(IncomeGroup group) {
        this.group = group;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
