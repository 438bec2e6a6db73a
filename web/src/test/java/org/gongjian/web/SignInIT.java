package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * Sign-in under pressure: parallel guesses, many visitors behind one proxy, logins that differ
 * only in case, and what a visitor meets after failing. The test client stands in for a trusted
 * proxy (see GONGJIAN_TRUSTED_PROXIES in the pom) and gives each visitor an address of its own, so
 * these failures lock no other test out.
 */
class SignInIT extends DeployedPortal {

    private static final String WRONG = "登录名或密码不正确";
    private static final String LOCKED = "登录失败次数过多";

    @Test
    void parallelWrongPasswordsGetNoMoreGuessesThanTheLimit() throws Exception {
        TestTenant tenant = visitors.newTenant();
        int attempts = 12;
        CountDownLatch ready = new CountDownLatch(attempts);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<Page>> answers = new ArrayList<>();
        try {
            for (int attempt = 0; attempt < attempts; attempt++) {
                String guess = "wrong-" + attempt;
                Browser guesser = new Browser(base).header("X-Forwarded-For", address());
                answers.add(pool.submit(() -> {
                    Page form = guesser.get("login.xhtml");
                    ready.countDown();
                    go.await();
                    return guesser.submit(form, "login", "submit", Map.of("username", tenant.adminLogin(), "password", guess));
                }));
            }
            ready.await();
            go.countDown();
            int checked = 0;
            for (Future<Page> answer : answers) {
                Page page = answer.get();
                assertTrue(page.status() < 500, page.status() + "\n" + page.html());
                assertTrue(page.shows(WRONG) || page.shows(LOCKED), page.html());
                checked += page.shows(WRONG) ? 1 : 0;
            }
            assertTrue(checked <= 5, checked + " of " + attempts + " parallel guesses were checked; the limit is 5");
        } finally {
            pool.shutdownNow();
        }
        Page right = new Browser(base).header("X-Forwarded-For", address()).signIn(tenant.adminLogin(), Visitors.CHOSEN_PASSWORD);
        assertTrue(right.shows(LOCKED), "the account stays locked, even for the right password");
    }

    @Test
    void oneAccountSigningInFromSeveralPlacesAtOnceIsAcceptedEachTime() throws Exception {
        TestTenant tenant = visitors.newTenant();
        int places = 4; // within the account's limit of attempts in flight
        ExecutorService pool = Executors.newFixedThreadPool(places);
        List<Future<String>> refusals = new ArrayList<>();
        try {
            for (int place = 0; place < places; place++) {
                refusals.add(pool.submit(() -> {
                    for (int visit = 0; visit < 15; visit++) {
                        Page landing = new Browser(base).header("X-Forwarded-For", address())
                                .signIn(tenant.adminLogin(), Visitors.CHOSEN_PASSWORD);
                        if (landing.status() != 200 || landing.shows(WRONG) || landing.shows(LOCKED)) {
                            return "visit " + visit + ": signing in answered " + landing.status() + " at " + landing.uri()
                                    + (landing.shows(WRONG) ? " (wrong password)" : "") + (landing.shows(LOCKED) ? " (locked)" : "");
                        }
                        if (landing.uri().getPath().endsWith("/login.xhtml")) {
                            System.err.println("visit " + visit + ": accepted, but the next page was the sign-in page again");
                        }
                    }
                    return "";
                }));
            }
            for (Future<String> refusal : refusals) {
                assertEquals("", refusal.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void visitorsBehindATrustedProxyAreCountedEachByTheirOwnAddress() {
        TestTenant tenant = visitors.newTenant();
        String noisy = address();
        for (int attempt = 0; attempt < 20; attempt++) {
            Page wrong = new Browser(base).header("X-Forwarded-For", noisy).signIn("nobody-" + UUID.randomUUID(), "wrong");
            assertTrue(wrong.shows(WRONG), wrong.html());
        }
        Page locked = new Browser(base).header("X-Forwarded-For", noisy).signIn(tenant.adminLogin(), Visitors.CHOSEN_PASSWORD);
        assertTrue(locked.shows(LOCKED), "twenty failures lock that address");

        Browser neighbour = new Browser(base).header("X-Forwarded-For", address());
        neighbour.signIn(tenant.adminLogin(), Visitors.CHOSEN_PASSWORD);
        Page signedIn = neighbour.get("t/" + tenant.code() + "/");
        assertTrue(signedIn.shows(tenant.name()), "another visitor behind the same proxy signs in");
    }

    @Test
    void loginsThatDifferOnlyInCaseAreOneLoginEvenInTheDatabase() throws Exception {
        TestTenant tenant = visitors.newTenant();
        String login = "Case-" + UUID.randomUUID().toString().substring(0, 8);
        Page created = visitors.createUnitMember(tenant, login);
        assertTrue(created.shows("已创建账号 " + login), created.html());
        Page again = visitors.createUnitMember(tenant, login.toLowerCase());
        assertTrue(again.shows("登录名 " + login.toLowerCase() + " 已被使用"), again.html());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String both = "Race-" + UUID.randomUUID().toString().substring(0, 8);
                CountDownLatch go = new CountDownLatch(1);
                Future<Page> upper = pool.submit(() -> {
                    go.await();
                    return visitors.createUnitMember(tenant, both);
                });
                Future<Page> lower = pool.submit(() -> {
                    go.await();
                    return visitors.createUnitMember(tenant, both.toLowerCase());
                });
                go.countDown();
                List<Page> pages = List.of(upper.get(), lower.get());
                assertTrue(pages.stream().allMatch(page -> page.status() < 500), "no server error");
                assertEquals(1, pages.stream().filter(page -> page.shows("已创建账号 ")).count(), "one of the two is created");
                assertEquals(1, pages.stream().filter(page -> page.shows("已被使用")).count(), "the other is refused");
            }
        } finally {
            pool.shutdownNow();
        }

        try (Connection app = AppSql.connect()) {
            assertThrows(SQLException.class, () -> AppSql.execute(app, "insert into account (login, password_hash, display_name) "
                    + "values ('" + login.toLowerCase() + "', 'x', '同时创建')"), "the database refuses the other case too");
            app.rollback();
        }
    }

    @Test
    void afterFailedSignInsAProtectedPageStillSendsToSignIn() {
        TestTenant tenant = visitors.newTenant();
        Browser visitor = new Browser(base).header("X-Forwarded-For", address());
        for (int attempt = 0; attempt < 2; attempt++) {
            assertTrue(visitor.signIn(tenant.adminLogin(), "wrong-" + attempt).shows(WRONG));
        }
        for (String page : List.of("t/" + tenant.code() + "/", "home.xhtml")) {
            Page protectedPage = visitor.get(page);
            assertEquals(200, protectedPage.status());
            assertTrue(protectedPage.uri().getPath().endsWith("/login.xhtml"), page + " answered at " + protectedPage.uri()
                    + " with " + protectedPage.html().length() + " characters");
            assertTrue(protectedPage.shows("id=\"login\""), protectedPage.html());
        }
        visitor.signIn(tenant.adminLogin(), Visitors.CHOSEN_PASSWORD);
        Page home = visitor.get("t/" + tenant.code() + "/");
        assertTrue(home.shows(tenant.name()));
        assertFalse(home.uri().getPath().endsWith("/login.xhtml"));
    }

    /** An address from the documentation range, one per visitor. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }
}
