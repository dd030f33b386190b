<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiServicePage</name>
    <message>
        <source>API Service Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iru Endpoint reaches your Okta org through an API service integration with its own credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An integration of this type whose client secret this computer&apos;s keychain holds is reused. Otherwise a new one is created; Okta shows its secret only once, so it goes straight into the keychain. A token obtained with it proves it works; then the assistant forgets your admin sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create or verify the integration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckResultWidget</name>
    <message>
        <source>I &amp;confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IruConnectionPage</name>
    <message>
        <source>Iru Endpoint connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Iru Endpoint (formerly Kandji) tenant manages the devices? The checks read it with an API token; nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iru Endpoint &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acme.kandji.io or https://acme.api.kandji.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL shown under Access → API tokens, the console address you sign in to (acme.kandji.io, acme.eu.kandji.io, acme.iru.com), or just the subdomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token (a UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept only in this computer&apos;s keychain: never in files, logs or reports. Create one in Iru Endpoint under Access → API tokens (it is shown once), then use Configure to let it read Blueprints, devices, library items and custom profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IruReadinessPage</name>
    <message>
        <source>Iru Endpoint readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Okta Device Trust needs in each Blueprint in scope, for Macs, iPhones and iPads. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>OktaReadinessPage</name>
    <message>
        <source>Okta readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Okta Device Trust needs in your Okta org, read with your sign-in. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyDialog</name>
    <message>
        <source>Network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How ODT Setup Assistant reaches Okta and Iru Endpoint. Sign-in in your browser follows the browser&apos;s own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;this proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128 or socks5://proxy.example.com:1080</source>
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
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing in Okta and Iru Endpoint, and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness check only: nothing was changed in Okta or Iru Endpoint. Export the report to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed or does not apply. Export the report to keep a record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report in the same JSON format as “odt-setup check --format json”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a web page to share or print. It holds no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Blueprints should get Okta Device Trust? The readiness checks and the setup cover these only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All Blueprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only the Blueprints ticked below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in as Super Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a Super Administrator can add the API service integration for Iru Endpoint and grant its Okta API scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in for this org is kept in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use saved sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OIDC app Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0oa… (a Native app, client authentication None)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a browser that did not open, or another browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code on &amp;another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable browser here? Get a code and approve it on any device, with the same OIDC app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OIDC app Client I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0oa… (the app must allow Device Authorization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Okta API token (Security &gt; API &gt; Tokens) acts with the admin role of whoever created it. It is used for this session only and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API t&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the sandbox&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer (a refresh token in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as someone &amp;else</source>
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
        <source>&lt;p&gt;&lt;b&gt;What it changes, only when you say so&lt;/b&gt;&lt;/p&gt;&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Okta: adds the API Service Integration for Iru Endpoint, on its own page, when you click Create.&lt;/li&gt;&lt;li&gt;Iru Endpoint: adds the ODT settings (SCEP certificate, Okta Verify options, login item, managed app configuration, SSO extension) to the Blueprints in scope, after you approve a plan. They can be removed again.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::ApiServiceController</name>
    <message>
        <source>API service integration created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API service integration in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 (type %2) has its secret in this computer&apos;s keychain and obtained a token with the scopes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API service integration not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what the message says, then run the step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in changed while the integration was being set up. Run the step again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::IruConnectionController</name>
    <message>
        <source>No keychain is available: the token is used for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works but could not be kept in the keychain (%1). It is used for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::IruReadinessController</name>
    <message>
        <source>Okta Verify from Apps and Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify Auto App on Macs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify App Store app on iPhones and iPads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify per platform in each Blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Device Trust profiles set up by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: connect to Iru Endpoint and choose the Blueprints to run this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhones: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no devices yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprints in scope: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::OktaReadinessController</name>
    <message>
        <source>Super Administrator role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta FastPass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Adaptive MFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify enrollment policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App sign-in policy requiring managed devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: sign in again to run this check.</source>
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
    <name>odt::ReadinessController</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::ReviewController</name>
    <message>
        <source>Then run the check again (go Back to the step that ran it): until it runs, nobody knows whether this prerequisite holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API can settle this. Check it yourself, and go on only if this is true: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2. Choose another folder (for example your Documents folder) and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report: no file name was given. Choose a file and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::SandboxBrowser</name>
    <message>
        <source>The sandbox browser only signs in to the sandbox tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox sign-in page answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not redirect back to this computer (HTTP %1). Does the scenario&apos;s user %2 still have the password it lists?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listened for the sign-in on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not approve the code (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::ScopeController</name>
    <message>
        <source>Connect to the Iru Endpoint tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iru recommends turning on Okta Device Trust for a test Blueprint first. None of the Blueprints has devices yet: enroll a test device, then come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Iru recommends turning on Okta Device Trust for a test Blueprint first. &quot;%1&quot; (%n device(s)) looks like one: start with it, then add the others.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Iru recommends turning on Okta Device Trust for a test Blueprint first. No Blueprint is named like a test one; &quot;%1&quot; has the fewest devices (%n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odt::SignInController</name>
    <message>
        <source>Choose the Okta org first (the previous page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Client ID of the Okta OIDC app to sign in with. It is on the app&apos;s General tab in the Admin Console (Applications &gt; Applications).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an Okta API token. A Super Administrator creates one under Security &gt; API &gt; Tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta did not accept this API token (%1). Copy the whole token again; if it was revoked or has expired, a Super Administrator creates a new one under Security &gt; API &gt; Tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the API token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in is kept in this computer&apos;s keychain for this org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept sign-in could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept sign-in is no longer valid (%1), so it was removed from the keychain. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta&apos;s answer to the kept sign-in carried no access or ID token. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is kept in this computer&apos;s keychain for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in could not be kept in the keychain (%1); it lasts for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta would not list the admin roles of %1 (%2), so they are probably not an administrator, or the OIDC app lacks the okta.roles.read scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the admin roles could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the assistant dropped your Okta admin sign-in once it was no longer needed. Sign in again to re-check the org.</source>
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
    <message>
        <source>How to reach Okta and Iru Endpoint: system, none, http://HOST:PORT or socks5://HOST:PORT (default: as last set in the wizard, else system).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::cli::CheckCommand</name>
    <message>
        <source>Check the built-in sandbox tenant playing SCENARIO (default: ready) instead of a real org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an Okta API token (SSWS) from the environment variable NAME and also run the checks that need one. Tokens are never taken from the command line, where other users and shell history could see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the Iru Endpoint Blueprints and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Iru Endpoint console open Access → API tokens, choose Configure on this token and allow reading Blueprints and devices, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an Okta org and an Iru Endpoint tenant are ready for Okta Device Trust and prints one report.
Exit codes: 0 ready, 1 warnings only, 2 blockers, 3 could not complete.</source>
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
    <message>
        <source>How to reach Okta and Iru Endpoint: system (default: the system&apos;s proxy settings), none, http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::cli::IruOptions</name>
    <message>
        <source>The Iru Endpoint API URL, e.g. https://acme.api.kandji.io (the console address or the subdomain works too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Iru Endpoint API token from the environment variable NAME. Tokens are never taken from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check only this Blueprint (by name; repeatable). Default: every Blueprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iru-url needs --iru-token-env NAME (the environment variable holding the Iru Endpoint API token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iru-token-env needs --iru-url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blueprint needs the Iru Endpoint tenant: give --iru-url and --iru-token-env, or --sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iru-token-env takes the NAME of an environment variable that holds the Iru Endpoint API token (for example IRU_API_TOKEN), not the token itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or is empty; set it to the Iru Endpoint API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 does not hold an Iru Endpoint API token. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--blueprint: the tenant has no Blueprint named %1; it has no Blueprints at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blueprint: the tenant has no Blueprint named %1. Its Blueprints: %2.</source>
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
    <name>odt::core::ReportHtml</name>
    <message>
        <source>verified through the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred from indirect data, not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by the admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: every prerequisite that was checked holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready with warnings: nothing blocks the setup, but %n warning(s) need a look.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %n blocker(s) must be fixed before the setup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: no check has run, so readiness is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n check(s) could not run, so readiness is not known.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 blocker(s), %2 warning(s), %3 could not run, %4 check(s) in all. Exit code %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API can settle this. Make sure this is true: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by the admin on the Review step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Device Trust readiness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iru Endpoint tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODT Setup Assistant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses: Blocker (must be fixed), Could not check (the verdict is unknown until the check runs), Warning (review it), Pass, Not applicable. This report holds no credentials.</source>
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
    <name>odt::iru::ConnectionCheck</name>
    <message>
        <source>No Iru Endpoint connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Iru Endpoint API URL and token were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant&apos;s API URL and an API token from the Iru Endpoint console (Access → API tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Iru Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the API token and lists %n Blueprint(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Iru Endpoint API token was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Iru Endpoint console open Access → API tokens, add a new token (it is shown only once) and enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Iru Endpoint API token may not read Blueprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Iru Endpoint console open Access → API tokens, choose Configure on this token and allow the permission for /api/v1/blueprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the tenant&apos;s API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API URL shown in the Iru Endpoint console under Access → API tokens (https://SUBDOMAIN.api.kandji.io, https://SUBDOMAIN.api.eu.kandji.io or https://SUBDOMAIN.api.iru.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Iru Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection to %1 and retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::iru::InventoryLoader</name>
    <message>
        <source>There is no Iru Endpoint connection to read from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::iru::IruApiUrl</name>
    <message>
        <source>The API URL is shown in the Iru Endpoint console under Access → API tokens and looks like https://SUBDOMAIN.api.kandji.io, https://SUBDOMAIN.api.eu.kandji.io or https://SUBDOMAIN.api.iru.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Iru Endpoint API URL, for example https://acme.api.kandji.io, or your tenant&apos;s subdomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL: it contains spaces. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the API address https://%1 for the subdomain %2 (US region). For a tenant in the EU enter https://%3, for an iru.com tenant https://%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Iru Endpoint API is only served over HTTPS, and this tool never sends the API token over plain http. Use https:// instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1://&quot; is not a web address. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL contains a user name or password. Enter only the address; the API token is entered separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known Iru Endpoint API address. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a site of the vendor, not your tenant. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the API address https://%1 (without the path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the API address https://%1 for the console %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Okta address. Enter the Iru Endpoint tenant&apos;s API URL here. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Iru Endpoint address. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::iru::IruClient</name>
    <message>
        <source>%1 answered %2 with a web page instead of API data. Use the tenant&apos;s API URL (shown in the Iru Endpoint console under Access → API tokens), not the console&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the API token for %2: HTTP 401%3. The token is wrong, revoked or expired. Copy it again from the Iru Endpoint console (Access → API tokens) or add a new token there, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Iru Endpoint API token may not call %1: HTTP 403%2. In the Iru Endpoint console open Access → API tokens, choose Configure on this token and allow the permission for %3, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Iru Endpoint API token may not call %1: HTTP 403%2. In the Iru Endpoint console open Access → API tokens, choose Configure on this token and allow &quot;%3&quot; (%4), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know %2 (HTTP 404%3). Check that %1 is the tenant&apos;s API URL as shown under Access → API tokens in the Iru Endpoint console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with data this version does not understand (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with data this version does not understand (%3). Check that it is the tenant&apos;s API URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::iru::IruToken</name>
    <message>
        <source>Paste the Iru Endpoint API token. It is shown once when the token is added in the Iru Endpoint console under Access → API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token contains spaces or line breaks. Copy it again as one piece: an Iru Endpoint token is a UUID such as 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an Okta API token. Enter the Iru Endpoint API token here: a UUID such as 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is not an Iru Endpoint API token: those are UUIDs of 36 characters such as 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d (this one has %n character(s)). Copy the whole token from Access → API tokens.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain is available to keep the Iru Endpoint API token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::iru::OdtPayloads</name>
    <message>
        <source>Okta SCEP certificate for management attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCEP certificate from Okta&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify managed settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify SSO extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify login item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payloads are encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::iru::Readiness</name>
    <message>
        <source>Mac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Okta Verify Auto App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Okta Verify App Store app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Okta Verify downloadable package (custom app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Okta Verify item of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iru Endpoint rejected the API token for %1 (HTTP 401): the token is wrong, revoked or expired, so the result is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iru Endpoint refused %1 (HTTP 403): the API token has no permission for %2, so the result is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iru Endpoint refused %1 (HTTP 403): the API token lacks the permission “%2”, so the result is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iru Endpoint could not answer %1 (HTTP %2, a server error), so the result is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iru Endpoint answered %1 with HTTP %2, so the result is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Iru Endpoint console open Access → API tokens → Add Token, create a token, tick the permissions the checks need under Configure, then run the check again with the new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the permission for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Iru Endpoint console open Access → API tokens, choose this token → Configure, tick %1, save, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check again in a few minutes; if Iru Endpoint keeps failing, send the evidence to Iru support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the API URL, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more like these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Blueprint %1 is in scope but not in the tenant&apos;s Blueprint list (deleted, or another tenant&apos;s), so it was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling: up to %1 device(s) per Blueprint and platform (Mac, iPhone, iPad); library items read for %2 of %3 sampled device(s) in %4 Blueprint(s) (GET /api/v1/devices/{id}/library-items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: %1 of %2 %3 in the Blueprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sampled %2 reported no library items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sampled %2 could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sampled %1 has reported library items yet (%2 read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Blueprint&apos;s library items include nothing named Okta Verify, so %1 is not assigned to its %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Blueprint lists Okta Verify (%1), which other devices report as %2, so it is probably assigned, but no %3 confirmed it (inferred from the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Blueprint&apos;s Okta Verify items (%1) are, as other devices report, not %2, so its %3 do not get it (inferred from the names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Blueprint lists an item named Okta Verify (%1) whose type no device reported, so whether its %2 get %3 is unknown (inferred from the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the library items of any sampled %1 (%2 tried): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned, but fails on %2 of %3 sampled %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned, but not installed yet on %2 of %3 sampled %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVAILABLE means Self Service only; ODT needs it installed and continuously enforced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned and installed on each sampled %2 (%3 of %3, verified from their library items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They get %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On macOS the Iru Endpoint ODT guide asks for the Auto App (its “Configure Okta Verify for Device Trust” article covers moving from the App Store app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 sampled %3 report %4, so some devices of this Blueprint do not get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sampled %1 reports %2 among its library items (%3 read), so it is not assigned to them (verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Blueprint has no %1 (its devices: %2), so %3 was not checked for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Blueprints in scope again: %1 no longer exist(s) in the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Blueprint is in scope, so nothing was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macs of this Blueprint get Okta Verify as a custom app, the downloadable macOS package: %1. Iru Endpoint says the package is not compatible with the Okta Device Trust integration, so it does not count as the Okta Verify item (verified from device reports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macs in scope have the Okta Verify Auto App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Okta Verify Auto App needs attention on some Macs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macs in scope lack the Okta Verify Auto App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the Okta Verify Auto App on Macs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Macs in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1: in Iru Endpoint open the Okta Verify Auto App in the Library (or add it: Library → Add New → Auto App → Okta Verify → Add &amp; Configure), assign it to the Blueprint (in an Assignment Map, to the node for Macs), set Installation to Continuously Enforce and save. Macs showing PENDING install it at their next check-in; for ERROR, open the device&apos;s Library tab and read the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1: remove the Okta Verify custom app (the downloadable package) from the Blueprint once the Auto App is assigned; the package is not compatible with the ODT integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On macOS, Okta Device Trust needs the Okta Verify Auto App on every Blueprint in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhones and iPads in scope have the Okta Verify App Store app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Okta Verify App Store app needs attention on some iPhones or iPads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhones or iPads in scope lack the Okta Verify App Store app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the Okta Verify App Store app on iPhones and iPads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No iPhones or iPads in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1: in Iru Endpoint open Library → App Store Apps → Okta Verify, assign it to the Blueprint (in an Assignment Map, to the node for iPhone and iPad), set the installation type to Install and continuously enforce, and save. If Okta Verify is not in the Library, get it from Apps and Books in Apple Business Manager or Apple School Manager first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On iOS and iPadOS, Okta Device Trust needs the Okta Verify App Store app on every Blueprint in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify is reported as an App Store app (vpp-app, from Apps and Books) by %1 (verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify is in the Iru Endpoint Library as an App Store app from Apps and Books (Apple Business Manager or Apple School Manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Apple Business Manager (or Apple School Manager) open Apps and Books, find Okta Verify and get licences for the location whose content token Iru Endpoint uses. Then in Iru Endpoint open Library → Add New → App Store Apps and add Okta Verify (it appears there once Apps and Books has synced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Blueprint has no Macs, iPhones or iPads whose library items could show Okta Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the library items of its sampled devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and the Blueprint lists no item named Okta Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>though the Blueprint lists an item named Okta Verify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sampled device of this Blueprint (%1 read) reports Okta Verify as an App Store app, %2 (inferred: no API lists Apps and Books).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify is in the Library from Apps and Books (confirmed by the admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify is in the Library from Apps and Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Verify from Apps and Books is not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check Okta Verify from Apps and Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Blueprint in scope to check Okta Verify from Apps and Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device reports Okta Verify as an App Store app (vpp-app), so it is in the Library from Apps and Books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sampled device reports Okta Verify as an App Store app (vpp-app), and no Iru Endpoint API lists Apps and Books, so whether Okta Verify is in the Library from Apps and Books is unknown. Confirm it if you know it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device that could be read reports Okta Verify as an App Store app, and some devices could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Blueprint has no Macs, iPhones or iPads (its devices: %1), so there is nothing to separate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) reports %3 as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classic Blueprint gives every Library item to all its devices, and this one holds %1, so Macs and mobile devices cannot each get their own Okta Verify item (the Auto App on Macs, the App Store app on iPhone and iPad). Verified from the device list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classic Blueprint with one kind of device (%1), so no platform conditions are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the library items of the sampled %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the sampled %1 has reported library items yet, so whether the map&apos;s conditions give them %2 is unconfirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s conditions do not give %1 to these %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 get %2, but also %3, which belongs to the other platform: %4. The map&apos;s conditions put it in a node these devices match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s conditions give the sampled %1 %2 and not %3 (verified from their library items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each platform gets its own Okta Verify item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some Blueprints mix platforms without conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment Map conditions give a platform the wrong Okta Verify item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the Blueprints&apos; platform conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Macs, iPhones or iPads in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1: move the devices to a Blueprint of type Assignment Map with a conditional block: “If platform is Mac” holding the Okta Verify Auto App, “Else if platform is iPhone or iPad” holding the Okta Verify App Store app; or split the Blueprint into one for Macs and one for iPhones and iPads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1: in the Assignment Map, keep the Okta Verify Auto App only in the node whose condition is “platform is Mac” and the App Store app only in the node for iPhone and iPad (hold the Option ⌥ key on the map to see the node ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1: run the check again once the devices have checked in; a device lists its library items after it reports to Iru Endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When one Blueprint holds Macs and mobile devices, Iru Endpoint&apos;s ODT guide asks for conditional logic in an Assignment Map so each platform gets its own Okta Verify item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the custom profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the Blueprint&apos;s library items, so whether it carries a manual ODT profile is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active custom profile %1 (%2) on this Blueprint already deploys ODT by hand: %3. Verified from the profile&apos;s payloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 custom profile(s) on this Blueprint could not be read (encrypted or not a plist), so they may carry ODT payloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the Blueprint&apos;s %1 library item(s) is an active custom profile with ODT payloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manual ODT profiles on the Blueprints in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual ODT profiles found on Blueprints in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check for manual ODT profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Blueprint in scope to check for manual ODT profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 custom profile(s); %2 active one(s) carry ODT payloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on any Blueprint in scope: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these profiles until the Iru Endpoint ODT integration reaches the devices of %1 (switching should not affect registered devices). After the push, the wizard offers to set them inactive or remove them, as Iru Endpoint&apos;s ODT guide advises for manual device attestation set-ups; by hand: Library → Custom Profiles → the profile → Active off, or remove it from the Blueprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1: open the custom profiles that could not be read (Library → Custom Profiles) and check whether they carry an Okta SCEP certificate, Okta Verify settings or the Okta Verify SSO extension; if so, retire them after the push like the others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::iru::ScopeGatherer</name>
    <message>
        <source>The Iru Endpoint connection was closed before the read.</source>
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
    <message>
        <source>The connection to %1 through the proxy %2:%3 failed (%4). Check the proxy in the network settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::net::ProxySetting</name>
    <message>
        <source>&quot;%1&quot; is not a proxy: write system, none, http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid proxy address: write http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the user name and password out of the proxy address: they would be kept in plain text. Proxies that ask for a password are not supported yet; use the system proxy settings instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies reached over HTTPS are not supported; most corporate proxies also listen on http://HOST:PORT (the traffic to Okta and Iru Endpoint stays encrypted end to end through it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported proxy type &quot;%1&quot;: use http:// or socks5://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy address %1 needs a port, e.g. %2:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy address has no path: write %1.</source>
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
    <message>
        <source>Our Okta contract includes Okta Adaptive MFA.</source>
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
    <name>odt::wizard::ApiServicePage</name>
    <message>
        <source>read user profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read device profiles and search devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change device status (activate, suspend, deactivate) and delete devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The assistant adds Okta&apos;s API service integration for &lt;b&gt;Iru Endpoint&lt;/b&gt; (type &lt;code&gt;%1&lt;/code&gt;, from the Okta Integration Network catalog), so that Iru Endpoint can read users and devices in Okta and change device status. It is granted these Okta API scopes:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create or verify the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first (go back a page): creating the integration needs a Super Administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is created until you click the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the integration, creating it if needed, testing its credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your admin sign-in was dropped: from here on set-up uses the integration&apos;s own credential. To verify again, go back and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again (go back a page) to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the integration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reused the integration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID %1. Its secret is in this computer&apos;s keychain, and it obtained a token with the scopes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration is not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go on without it; the review lists it as still to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::wizard::CheckResultWidget</name>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduced from indirect data: no API reports this directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You confirmed: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can you confirm? “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the Admin Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Admin Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Per Blueprint (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other Blueprints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::wizard::IruConnectionPage</name>
    <message>
        <source>Open Iru Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; the simulated tenant&apos;s address and API token are filled in (the token is not shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading one Blueprint from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is in use (not shown); paste another to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token (a UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the token kept in this computer&apos;s keychain for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::wizard::IruReadinessPage</name>
    <message>
        <source>Checking %1 Iru Endpoint settings at once… %2 answered so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Iru Endpoint and choose at least one Blueprint to run the checks: go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks run when you open this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant or the Blueprints in scope changed: re-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Iru Endpoint</source>
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
    <name>odt::wizard::OktaReadinessPage</name>
    <message>
        <source>Checking %1 Okta settings at once… %2 answered so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in: go back and sign in to run the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checking needs a sign-in: go back and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks run when you open this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in again: re-check to read the org afresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::wizard::ProxyDialog</name>
    <message>
        <source>Type the proxy&apos;s address, e.g. http://proxy.example.com:3128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the option above instead of typing &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::wizard::ReadinessPage</name>
    <message>
        <source>%1 of %2 checks pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blockers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go on: nothing is changed yet, and the review lists every blocker before anything is set up. Fixing them now and re-checking saves a round trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go on: the review at the end lists everything that is missing, with how to fix it, and exports the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::wizard::ReviewPage</name>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning, not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the service said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand and accept this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: nothing is missing. You can go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each warning to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n item(s) would stop the setup.&lt;/b&gt; Fix them in the console, then run the readiness check again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Fix these, then re-check.&lt;/b&gt; %n item(s) stop the setup: fix them in the console, then go Back and run the checks again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::wizard::ScopePage</name>
    <message>
        <source>Blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Blueprints and devices… (lists read: %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Blueprints and devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested as the test Blueprint to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with “%1” only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one Blueprint to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macs: %1, iPhones: %2, iPads: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, other devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In scope: %1 of %2 Blueprints (%3).</source>
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
    <message>
        <source>&amp;Network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy settings for Okta and Iru Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odt::wizard::SignInPage</name>
    <message>
        <source>Link copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1. Only a Super Administrator can add the API service integration for Iru Endpoint and grant its Okta API scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the API token with Okta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing the sign-in with Okta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the admin roles of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox: signing in as %1.&lt;/b&gt; A browser cannot trust the sandbox&apos;s certificate, so the assistant plays the browser step itself, for the sandbox only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app must list %1 as a sign-in redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the sign-in link and open it in a browser on this computer; the assistant waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser shows Okta&apos;s sign-in page: sign in there as a Super Administrator. If no page opened, copy the sign-in link into a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Okta for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: approving the code as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to approve the code as a Super Administrator. It expires at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin roles: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 (%2, %3, assigned %4)&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Super Administrator: yes.&lt;/b&gt; You can continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not a Super Administrator.&lt;/b&gt; You can still check readiness; the report names what needs a Super Administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not a Super Administrator.&lt;/b&gt; Setting up Okta Device Trust needs one. Ask a Super Administrator to assign (or activate) the role under Security &amp;gt; Administrators, or sign in as a Super Administrator.</source>
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
