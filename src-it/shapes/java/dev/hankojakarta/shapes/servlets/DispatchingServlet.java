package dev.hankojakarta.shapes.servlets;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A public servlet that forwards to, or includes, a protected JAX-RS method: the method must not run for a caller
 * the mechanism did not let in on the original request.
 */
@WebServlet("/dispatch/*")
public class DispatchingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if ("/include".equals(request.getPathInfo())) {
            response.setContentType("text/plain");
            response.getWriter().write("included:");
            request.getRequestDispatcher("/api/vault").include(request, response);
        } else {
            request.getRequestDispatcher("/api/vault").forward(request, response);
        }
    }
}
