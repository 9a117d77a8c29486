package ir.daftar.api.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Persian first, English second. A person's choice on the pages is kept in a cookie ({@value #COOKIE}: {@code fa}
 * or {@code en}); without one (and for API clients, which send none) the {@code Accept-Language} header decides,
 * and anything but English is Persian.
 */
public final class PageLocale implements LocaleResolver {

    public static final Locale PERSIAN = Locale.forLanguageTag("fa");
    public static final String COOKIE = "daftar-lang";

    private final AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();

    public PageLocale() {
        header.setSupportedLocales(List.of(PERSIAN, Locale.ENGLISH));
        header.setDefaultLocale(PERSIAN);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return "en".equals(c.getValue()) ? Locale.ENGLISH : PERSIAN;
                }
            }
        }
        return header.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Cookie cookie = new Cookie(COOKIE, Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "fa");
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
