// The sample's page: plain JavaScript, no build step of its own. It signs in either with the development Hanko's
// demo users or, against a real Hanko, with Hanko's own <hanko-auth> element, then calls the protected API with the
// cookie "hanko" that Hanko's frontend SDK sets. The backend is the unchanged library; nothing here is server-side.

const $ = (id) => document.getElementById(id);
const REASONS = { 200: "OK", 204: "No Content", 401: "Unauthorized", 403: "Forbidden", 503: "Service Unavailable" };

let hankoUrl = "";
let signOut = async () => {};

async function main() {
    const config = await (await fetch("api/config", { cache: "no-store" })).json();
    hankoUrl = (config.hankoApiUrl || "").replace(/\/+$/, "");
    $("hanko-url").textContent = hankoUrl || "(not configured)";

    const users = await demoUsers();
    if (users) {
        demoMode(users);
    } else {
        await hankoElementsMode();
    }
    $("sign-out").addEventListener("click", async () => {
        await signOut();
        await refresh();
    });
    $("call-again").addEventListener("click", refresh);
    $("sign-out-others").addEventListener("click", () => signOutEverywhere(true));
    $("sign-out-everywhere").addEventListener("click", () => signOutEverywhere(false));
    await refresh();
}

// ---------------------------------------------------------------- development Hanko: demo users

/** The stand-in's demo users, or null: a real Hanko has no /demo/users. */
async function demoUsers() {
    if (!hankoUrl) {
        return null;
    }
    try {
        const response = await fetch(hankoUrl + "/demo/users", { cache: "no-store" });
        return response.ok ? (await response.json()).users : null;
    } catch (e) {
        return null; // a real Hanko refuses this origin or path
    }
}

function demoMode(users) {
    $("mode").textContent = "(development stand-in, demo sign-in)";
    $("demo").hidden = false;
    for (const user of users) {
        const button = document.createElement("button");
        button.type = "button";
        button.dataset.user = user.name;
        button.textContent = `Sign in as ${user.name}`;
        button.title = `${user.email}: ${user.description}`;
        button.addEventListener("click", () => demoSignIn(user.name));
        const item = document.createElement("li");
        item.append(button, " ", Object.assign(document.createElement("span"),
            { className: "muted", textContent: user.description }));
        $("demo-users").append(item);
    }
    signOut = async () => {
        const token = readHankoCookie();
        if (token) {
            // ends the session at Hanko, as Hanko's POST /logout does: the old token stays refused
            await fetch(hankoUrl + "/demo/logout", { method: "POST", headers: { Authorization: `Bearer ${token}` } })
                .catch(() => {});
        }
        clearHankoCookie();
    };
}

async function demoSignIn(name) {
    const response = await fetch(`${hankoUrl}/demo/login?user=${encodeURIComponent(name)}`, { method: "POST" });
    if (!response.ok) {
        showError(`Demo sign-in failed: ${response.status}`);
        return;
    }
    const session = await response.json();
    setHankoCookie(session.token, session.expires_in);
    await refresh();
}

// As @teamhanko/hanko-frontend-sdk sets it: written by script (so not HttpOnly), SameSite=Lax, path /, expiring with
// the session, Secure only when both the page and Hanko are https.
function setHankoCookie(token, lifetimeSeconds) {
    const expires = new Date(Date.now() + lifetimeSeconds * 1000).toUTCString();
    const secure = location.protocol === "https:" && hankoUrl.startsWith("https:") ? "; Secure" : "";
    document.cookie = `hanko=${token}; path=/; expires=${expires}; SameSite=Lax${secure}`;
}

function readHankoCookie() {
    const entry = document.cookie.split("; ").find((c) => c.startsWith("hanko="));
    return entry ? entry.substring("hanko=".length) : null;
}

function clearHankoCookie() {
    document.cookie = "hanko=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax";
}

// ---------------------------------------------------------------- real Hanko: <hanko-auth>

async function hankoElementsMode() {
    $("mode").textContent = "(passkey sign-in with Hanko Elements)";
    if (!hankoUrl) {
        showError("hanko.api-url is not set.");
        return;
    }
    let register;
    try {
        // bundled into this WAR at build time from @teamhanko/hanko-elements; loaded only in this mode
        ({ register } = await import("./hanko-elements/elements.js"));
    } catch (e) {
        showError("The Hanko Elements bundle is missing from this WAR; build it with Maven (it runs npm ci).");
        return;
    }
    // Defaults: the SDK keeps the session token in the cookie "hanko", SameSite=Lax, path /.
    const { hanko } = await register(hankoUrl);
    const element = document.createElement("hanko-auth");
    element.dataset.api = hankoUrl;
    $("hanko-elements").append(element);
    $("hanko-elements").hidden = false;
    hanko.onSessionCreated(() => refresh());
    hanko.onUserLoggedOut(() => refresh());
    signOut = async () => {
        try {
            await hanko.logout();
        } catch (e) {
            clearHankoCookie(); // the session had ended at Hanko already
        }
    };
}

// ---------------------------------------------------------------- the protected API

async function call(path) {
    try {
        const response = await fetch(path, { credentials: "same-origin", cache: "no-store" });
        const text = await response.text();
        let json = null;
        try {
            json = JSON.parse(text);
        } catch (e) {
            // not JSON
        }
        return { status: response.status, text, json };
    } catch (e) {
        return { status: 0, text: String(e), json: null };
    }
}

function showStatus(id, status) {
    $(id).dataset.status = String(status);
    $(id).textContent = `${status} ${REASONS[status] || ""}`.trim();
}

async function refresh() {
    for (const id of ["me-status", "admin-status", "public-status"]) {
        delete $(id).dataset.status;
        $(id).textContent = "calling…";
    }
    const [me, admin, open] = await Promise.all([call("api/me"), call("api/admin"), call("api/public")]);
    showStatus("me-status", me.status);
    showStatus("admin-status", admin.status);
    showStatus("public-status", open.status);
    $("admin-body").textContent = admin.status === 200 ? admin.text : "";
    $("public-body").textContent = open.text;
    $("me-body").textContent = me.json ? JSON.stringify(me.json, null, 2) : `${me.status} ${me.text}`;

    const signedIn = me.status === 200 && me.json;
    $("session").hidden = !signedIn;
    $("sign-in").hidden = signedIn;
    $("claims").textContent = signedIn ? JSON.stringify(me.json.claims, null, 2) : "";
    $("caller").textContent = signedIn ? me.json.userId : "";
    $("caller-details").textContent = signedIn
        ? [me.json.username, me.json.email, me.json.admin ? "admin" : null, me.json.auditor ? "auditor" : null]
            .filter(Boolean).join(", ")
        : "";
    $("demo").hidden = $("demo-users").childElementCount === 0;
    $("hanko-elements").hidden = $("hanko-elements").childElementCount === 0;
    document.body.dataset.state = signedIn ? "signed-in" : "signed-out";
    if (signedIn) {
        await showSessions();
    }
}

// ---------------------------------------------------------------- sessions, through HankoAdmin

async function showSessions() {
    const list = $("sessions");
    list.replaceChildren();
    const answer = await call("api/sessions");
    if (answer.status !== 200 || !answer.json) {
        $("sessions-note").textContent = answer.json && answer.json.message ? answer.json.message : `${answer.status}`;
        return;
    }
    for (const session of answer.json.sessions) {
        const item = document.createElement("li");
        item.textContent = `${session.id}${session.current ? " (this one)" : ""}, since ${session.createdAt}`
            + (session.userAgent ? `, ${session.userAgent}` : "");
        list.append(item);
    }
}

async function signOutEverywhere(keepThis) {
    const response = await fetch(`api/sessions/sign-out-everywhere?keep-this=${keepThis}`,
        { method: "POST", credentials: "same-origin", cache: "no-store" });
    const answer = await response.json().catch(() => ({}));
    $("sessions-note").textContent = response.ok
        ? `${answer.ended} session(s) ended; the next call with one of them gets 401, cache or not.`
        : (answer.message || `${response.status}`);
    await refresh();
}

function showError(message) {
    $("sign-in-error").textContent = message;
    $("sign-in-error").hidden = false;
}

main().catch((e) => showError(`The page failed to start: ${e}`));
