package dev.hankojakarta.shapes.scopes;

import java.io.IOException;

import dev.hankojakarta.HankoCaller;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A servlet: one instance for every request. */
@WebServlet("/caller")
public class CallerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HankoCaller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write(CallerNames.of(caller));
    }
}
