package org.gongjian.notification.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Runs the hourly reminder job at once, as the timer would, and answers how many reminders this
 * run sent. Added to the test deployment only; the WAR has no such door.
 */
@WebServlet("/it/reminders")
public class RemindersTrigger extends HttpServlet {

    @Inject
    Reminders reminders;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(reminders.sendDue());
    }
}
