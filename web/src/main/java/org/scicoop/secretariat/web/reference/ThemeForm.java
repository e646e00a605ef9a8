package org.scicoop.secretariat.web.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.reference.boundary.ThemeCommand;
import org.scicoop.secretariat.reference.boundary.ThemeRow;

import java.io.Serializable;

/** A thematic area as the administrator types it: its code (fixed once created) and four names. */
public class ThemeForm implements Serializable {

    @NotBlank // validated only while the code can be typed: a disabled input is not submitted
    @Size(max = 40)
    private String code;
    @NotBlank
    @Size(max = 120)
    private String en;
    @NotBlank
    @Size(max = 120)
    private String zh;
    @NotBlank
    @Size(max = 120)
    private String fr;
    @NotBlank
    @Size(max = 120)
    private String es;

    static ThemeForm of(ThemeRow row) {
        ThemeForm form = new ThemeForm();
        form.code = row.code();
        form.en = row.en();
        form.zh = row.zh();
        form.fr = row.fr();
        form.es = row.es();
        return form;
    }

    ThemeCommand names() {
        return new ThemeCommand(en, zh, fr, es);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }

    public String getZh() {
        return zh;
    }

    public void setZh(String zh) {
        this.zh = zh;
    }

    public String getFr() {
        return fr;
    }

    public void setFr(String fr) {
        this.fr = fr;
    }

    public String getEs() {
        return es;
    }

    public void setEs(String es) {
        this.es = es;
    }
}
