<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>OktaOrgPage</name>
    <message>
        <source>Okta organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Okta org should trust your Iru Endpoint devices? Okta Device Trust needs Okta Identity Engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta organization &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://acme.okta.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address you sign in to Okta with. The Admin Console address (acme-admin.okta.com) and custom domains work too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the org which engine it runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ODT Setup Assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to ODT Setup Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Okta Device Trust between your Okta org and Iru Endpoint, or check that both are ready for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the assistant checks&lt;/b&gt;&lt;/p&gt;&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Your Okta org runs Identity Engine, and you sign in as a Super Administrator.&lt;/li&gt;&lt;li&gt;Okta FastPass and Adaptive MFA are available.&lt;/li&gt;&lt;li&gt;Iru Endpoint offers Okta Verify from Apps and Books, as a macOS Auto App and as an iOS/iPadOS App Store app, in the Blueprints you choose.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up Okta Device Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Okta and Iru Endpoint administrators. Checks everything, shows a plan, then pushes the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check readiness only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For helpdesk staff. Reads the tenant and reports what is missing; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What it changes, only after you approve a plan&lt;/b&gt;&lt;/p&gt;&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Okta: adds the API Service Integration for Iru Endpoint.&lt;/li&gt;&lt;li&gt;Iru Endpoint: adds the ODT settings (SCEP certificate, Okta Verify options, login item, managed app configuration, SSO extension) to the Blueprints in scope. They can be removed again.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::OrgUrl</name>
    <message>
        <source>Enter your Okta organization URL, for example https://acme.okta.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL: it contains spaces. Enter the address of your Okta organization, for example https://acme.okta.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta organizations are only served over HTTPS, and this tool never sends anything over plain http. Use https:// instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1://&quot; is not a web address. Enter the https:// address of your Okta organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL. Enter the address of your Okta organization, for example https://acme.okta.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL contains a user name or password. Remove it: sign-in happens later, in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name. Okta organizations look like acme.okta.com, acme.oktapreview.com or a custom domain such as login.acme.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::cli</name>
    <message>
        <source>Open the wizard on the built-in sandbox tenant playing SCENARIO (default: ready). Nothing real is contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (TLS inspection proxies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill the Okta org URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODT Setup Assistant sets up Okta Device Trust between an Okta Identity Engine org and an Iru Endpoint tenant.

Usage:
  odt-setup [options]          open the wizard
  odt-setup check [options]    check readiness without a window (see odt-setup check --help)
  odt-setup signin [options]   test the sign-in of your OIDC app and show the admin&apos;s roles (see odt-setup signin --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: check, signin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::cli::CheckCommand</name>
    <message>
        <source>Checks that an Okta org is ready for Okta Device Trust and prints a report.
Exit codes: 0 ready, 1 warnings only, 2 blockers, 3 could not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the built-in sandbox tenant playing SCENARIO (default: ready) instead of a real org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an Okta API token (SSWS) from the environment variable NAME and also run the checks that need one. Tokens are never taken from the command line, where other users and shell history could see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::cli::CommandOptions</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Okta org URL, e.g. https://acme.okta.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --okta-org URL or --sandbox[=SCENARIO]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::cli::SigninCommand</name>
    <message>
        <source>Signed in as %1 (%2, Okta user %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin roles: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned through a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super Administrator: yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super Administrator: no. Setting up Okta Device Trust needs a Super Administrator; sign in as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in to Okta as an administrator through the org&apos;s OIDC app and shows who signed in and their admin roles. Nothing is saved.
Exit codes: 0 signed in, 3 could not sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID of the Native OIDC app to sign in with (client authentication None).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive the browser&apos;s redirect on http://127.0.0.1:N/callback (default: %1). The OIDC app must list that exact URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a code entered on another device instead of a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the built-in sandbox tenant playing SCENARIO (default: ready) instead of a real org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redirect-port is for the browser sign-in; the device code sign-in (--device-code) needs no redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redirect-port takes a port number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --client-id ID: the Client ID of the Okta OIDC app to sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox scenario has no OIDC app; give --client-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta would not list this user&apos;s admin roles (%1), so they are probably not an administrator, or the OIDC app lacks the okta.roles.read scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the admin roles could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or open this link, which fills in the code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval (the code expires at %1)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opens Okta&apos;s sign-in page. If it does not, open this link in a browser on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in a browser on this computer to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::crypto</name>
    <message>
        <source>The QCA crypto provider is missing (no support for %1). Install the qca-ossl plugin, or set QCA_PLUGIN_PATH to the folder that holds crypto/libqca-ossl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::crypto::Jwt</name>
    <message>
        <source>RSA signing keys need at least 2048 bits, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QCA crypto provider cannot sign tokens (no support for %1). Install the qca-ossl plugin, or set QCA_PLUGIN_PATH to the folder that holds crypto/libqca-ossl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating a %1-bit RSA signing key failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not have three parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token header is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token payload is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is signed with &quot;%1&quot;; only RS256 is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token header lists critical extensions, which are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token signature is missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token header names no signing key (kid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key &quot;%1&quot; is not in the issuer&apos;s key set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token signature cannot be checked: the QCA crypto provider has no RSA support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key &quot;%1&quot; in the issuer&apos;s key set is not a usable RSA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token signature does not match the signing key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was issued by &quot;%1&quot; (iss), not by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token names no audience (aud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s audience (aud) does not include the client ID &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s authorized party (azp) is not the client ID &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token has no expiry time (exp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token has expired (exp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s issue time (iat) is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was issued in the future (iat); check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s nonce does not match the one this sign-in sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::crypto::TlsAuthority</name>
    <message>
        <source>Generating a %1-bit RSA key failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox certificate needs at least one host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QCA crypto provider cannot compute SHA-1 key identifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox certificates must be valid for at least a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the sandbox certificates failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting the sandbox server key for Qt failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::net::HttpClient</name>
    <message>
        <source>Refusing to send a request over plain %1: only https:// is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a response that is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your network connection or proxy, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Nothing was sent. If your network inspects TLS traffic, add your organization&apos;s root certificate as a trusted CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 could not be found. Check the spelling of the address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not reach %1 (%2). Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2). Check your network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a web page where data was expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::net::ServiceError</name>
    <message>
        <source>The token was refused (expired, revoked or mistyped). Sign in again or create a new API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in admin is missing a role or the app a granted scope for this call. Sign in as a Super Administrator, and check the OIDC app&apos;s Okta API Scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org does not have the feature this call needs (for device integrations: Okta Adaptive MFA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta&apos;s rate limit was reached. Wait until the limit resets, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta does not know the requested object. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Iru Endpoint API token was refused. Check that it is copied completely and not revoked (Settings &gt; Access &gt; API tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Iru Endpoint API token lacks the permission for this call. Edit the token&apos;s permissions in Settings &gt; Access &gt; API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iru Endpoint does not know the requested object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iru Endpoint&apos;s limit of 10,000 requests per hour was reached. Wait, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta error id: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::net::trust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::AccessPolicyCheck</name>
    <message>
        <source>Could not read the app sign-in policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the app sign-in policy rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app sign-in policy requires managed devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; of the app sign-in policy &quot;%2&quot; requires a registered and managed device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app sign-in policy requires managed devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active rule of an active app sign-in policy requires a registered and managed device. Okta Device Trust tells Okta which devices Iru Endpoint manages, but until a rule uses that, unmanaged devices still sign in to every app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Admin Console, open Security &gt; Authentication Policies, choose the policy of the apps to protect, and add a rule with Device state: Registered and Device management: Managed, above the catch-all rule. Try it with a pilot group first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::AdaptiveMfaCheck</name>
    <message>
        <source>Okta Adaptive MFA is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta answered &quot;feature not enabled&quot; (E0000015) to the Device Integrations API, which means the org lacks Okta Adaptive MFA. Okta Device Trust needs it to add the device integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your Okta account team to add Okta Adaptive MFA to the org. Once it is there, Security &gt; Device integrations lets you add integrations; then run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not probe for Okta Adaptive MFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Adaptive MFA is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Device Integrations API answered, which it does only for orgs with Okta Adaptive MFA. No Okta API reports the licence itself, so this is inferred; confirm it in your Okta contract if in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::ApiServiceIntegration</name>
    <message>
        <source>No API service integration type or scopes are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the API service integrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the %1 scope and a Super Administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain: the secret of %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the integration&apos;s client secret from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain: no secret for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org already has a &quot;%1&quot; API service integration (%2), but this computer&apos;s keychain does not hold its client secret, and Okta shows a secret only once. If nothing uses it, delete it in the Admin Console (Applications &gt; API Service Integrations) and run the set-up again; otherwise continue on the computer that created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not usable, so the integration&apos;s client secret could not be kept; nothing was created in Okta. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain: removed a stale secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta does not offer an API service integration of type &quot;%1&quot; in this org (%2). Check the type, and that the integration is in the catalog under Applications &gt; Browse App Integration Catalog &gt; API Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the API service integration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain: stored the secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the new integration&apos;s client secret in the keychain (%1), so the integration was deleted again: none is left without its secret. Fix the keychain, then run the set-up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the new integration&apos;s client secret in the keychain (%1), and deleting the integration failed too (%2). Delete the API service integration %3 in the Admin Console (Applications &gt; API Service Integrations), fix the keychain, then run the set-up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration %1 and its stored secret did not yield an access token: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::ApiTokenCredential</name>
    <message>
        <source>--okta-token-env takes the NAME of an environment variable that holds the Okta API token (for example OKTA_API_TOKEN), not the token itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or is empty; set it to the Okta API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 holds spaces or control characters, which an Okta API token never has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::AuthorizationCodeFlow</name>
    <message>
        <source>This computer&apos;s cryptography library has no SHA-256 or random number provider, so a secure sign-in cannot be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No sign-in arrived from the browser within %1. If the browser showed an Okta error about the redirect URI, add %2 to the OIDC app&apos;s Sign-in redirect URIs. Then start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta&apos;s token answer carried no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::DeviceCodeFlow</name>
    <message>
        <source>Okta&apos;s device authorization answer has no device code, user code or verification address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was denied on the activation page. Start again and choose Allow, signed in as an Okta administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta&apos;s token answer carried no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::EngineCheck</name>
    <message>
        <source>Could not determine the Okta engine of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the organization URL and your network, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Identity Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs Okta Identity Engine, which Okta Device Trust requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic Engine: migrate to Identity Engine first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs Okta Classic Engine. Okta Device Trust with Iru Endpoint is built on Okta Identity Engine and cannot be set up on Classic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the org to Okta Identity Engine: in the Admin Console, open the OIE Upgrade Hub and follow the self-service upgrade (or ask Okta Support), then run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown Okta engine &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports the authentication pipeline &quot;%2&quot;, which this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for a newer version of ODT Setup Assistant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::EnrollmentPolicyCheck</name>
    <message>
        <source>Could not read the authenticator enrollment policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users can enroll Okta Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticator enrollment policy &quot;%1&quot; makes Okta Verify %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrollment policy offers Okta Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active authenticator enrollment policy makes Okta Verify optional or required, so users cannot enroll it. Devices register for Okta Device Trust by enrolling Okta Verify, so none would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Admin Console, open Security &gt; Authenticators &gt; Enrollment, edit the policy that covers your users, set Okta Verify to Optional or Required, and save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::FastPassCheck</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discouraged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the authenticators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User verification: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta FastPass is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Okta FastPass authenticator (okta_verify_fastpass, flexible Okta Verify configuration) is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta FastPass is not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Okta FastPass authenticator (okta_verify_fastpass, flexible Okta Verify configuration) is inactive, so devices cannot sign in with Okta FastPass and Okta Device Trust has nothing to build on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Admin Console, open Security &gt; Authenticators, and on the Okta FastPass authenticator choose Actions &gt; Activate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify is not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org has no Okta Verify authenticator. Okta FastPass is part of Okta Verify, and Okta Device Trust signs in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Admin Console, open Security &gt; Authenticators &gt; Add authenticator &gt; Okta Verify, and tick Okta FastPass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Okta Verify authenticator is %1, so Okta FastPass cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Admin Console, open Security &gt; Authenticators, choose Okta Verify &gt; Actions &gt; Activate, then Edit and tick Okta FastPass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the Okta FastPass method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify is active with its Okta FastPass method (signed_nonce).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify is active, but its Okta FastPass method (signed_nonce) is not, so devices cannot sign in with Okta FastPass and Okta Device Trust has nothing to build on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Admin Console, open Security &gt; Authenticators &gt; Okta Verify &gt; Edit &gt; Okta FastPass, tick it and save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::IdTokenVerifier</name>
    <message>
        <source>Okta sent no ID token, so the signed-in user cannot be verified. Check that the OIDC app may use the openid scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta&apos;s signing keys could not be fetched to verify the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta&apos;s signing key set (%1) has no &quot;keys&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was signed with key &quot;%1&quot;, which Okta&apos;s signing key set does not list. The token is not from this org; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s signature is not valid: it was altered or not issued by this org. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token names no user (sub).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::LoopbackReceiver</name>
    <message>
        <source>The sign-in redirect must go to this computer&apos;s loopback address (127.0.0.1, localhost or ::1), not to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use by another program, so the sign-in cannot receive Okta&apos;s redirect there. Close that program or choose another port; the OIDC app in Okta must list %3 as a sign-in redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2 for the sign-in redirect (%3). The OIDC app in Okta must list %4 as a sign-in redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only takes sign-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has already finished. Return to ODT Setup Assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in link out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in that ODT Setup Assistant is waiting for. Use the newest sign-in link, or start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta did not complete the sign-in: %1. Return to ODT Setup Assistant for what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta&apos;s answer carried no sign-in code. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to ODT Setup Assistant. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::OAuthErrors</name>
    <message>
        <source>Okta refused the redirect address %1. In the Okta Admin Console, open the OIDC app (client ID %2) and add exactly %1 to its Sign-in redirect URIs, or choose a port that is listed with --redirect-port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta rejected the sign-in&apos;s proof key (PKCE). Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta refused the sign-in code: it is valid once and for 5 minutes. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was denied: Deny was chosen, or the OIDC app is not assigned to this user. Sign in again as an Okta administrator the app is assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta does not know the client ID %1, or the app asks for a client secret. Copy the Client ID of a Native OIDC app whose client authentication is None (PKCE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OIDC app %1 may not use this sign-in method. In its General settings, allow the grant types Authorization Code, Refresh Token and Device Authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OIDC app %1 was not granted the Okta API scopes the setup assistant needs. On its Okta API Scopes tab, grant: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta refused the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::OktaCheck</name>
    <message>
        <source>Okta refused %1 (HTTP 403): an API token acts with the admin role of whoever created it, and that role does not allow this (a sign-in would need the scope %2), so the result is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the API token as a Super Administrator (Security &gt; API &gt; Tokens), then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta refused %1 (HTTP 403): the sign-in did not grant the scope %2, or the signed-in admin&apos;s role does not allow it, so the result is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Admin Console, open Applications &gt; Applications &gt; ODT Setup Assistant &gt; Okta API Scopes and grant %1; then sign in again as a Super Administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and the credential, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::OktaClient</name>
    <message>
        <source>%1 answered %2 with data this version does not understand (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::OrgMetadataClient</name>
    <message>
        <source>%1 does not look like an Okta organization: it has no Okta organization metadata (%2). Check the address: it is the URL you sign in to Okta with, such as https://acme.okta.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta is rate-limiting requests from this network (HTTP 429). Wait a minute, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::okta::SuperAdminCheck</name>
    <message>
        <source>Could not tell who the credential belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the admin roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as a Super Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the Super Administrator role (assigned: %2), which adding the API service integration and granting its scopes needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Super Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2, but no active Super Administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a Super Administrator can add the API service integration and grant its Okta API scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Admin Console, open Security &gt; Administrators and assign (or activate) the Super Administrator role for %1, or run the set-up as another Super Administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::sandbox::FaultInjector</name>
    <message>
        <source>unknown fault kind &quot;%1&quot; (status, reset, truncate, stall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault path &quot;%1&quot; is not a valid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault status %1 is not an HTTP error status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fault setting &quot;%1&quot; in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::sandbox::SandboxHttpServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::sandbox::Scenario</name>
    <message>
        <source>There is no built-in scenario &quot;%1&quot;. Built-in scenarios: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the scenario file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; and &quot;okta.orgId&quot; are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;okta.pipeline&quot; must be &quot;idx&quot; or &quot;v1&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;extends&quot; nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch operation &quot;%1&quot; at &quot;%2&quot; does not apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::sandbox::StateStore</name>
    <message>
        <source>Cannot use the state file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::secrets::KeychainSecretStore</name>
    <message>
        <source>No secret named &quot;%1&quot; is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). Secrets are only ever kept in the system keychain; on Linux start a Secret Service such as GNOME Keyring or KWallet, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain denied access (%1). Allow ODT Setup Assistant to use the keychain, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::wizard::OktaOrgPage</name>
    <message>
        <source>Will check %1 (the org behind the Admin Console address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will check %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta help: identify your Okta solution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::wizard::SetupWizard</name>
    <message>
        <source>ODT Setup Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODT Setup Assistant — Sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::wizard::WelcomePage</name>
    <message>
        <source>&lt;b&gt;Sandbox mode.&lt;/b&gt; The org and tenant are simulated on this computer (scenario &quot;%1&quot;). Nothing real is contacted or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
