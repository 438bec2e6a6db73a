package org.gongjian.job.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Tries to take the lease of the named job's current hour, as a server's tick would, and answers
 * {@code won} or {@code lost}. Added to the test deployment only; the WAR has no such door.
 */
@WebServlet("/it/job-lease")
public class JobLeaseTrigger extends HttpServlet {

    @Inject
    JobLeases leases;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(leases.take(request.getParameter("job"), Duration.ofHours(1)).won() ? "won" : "lost");
    }
}
