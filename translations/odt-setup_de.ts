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
        <source>&lt;p style=&quot;margin-top:8px&quot;&gt;&lt;b&gt;What it changes, only after you approve a plan&lt;/b&gt;&lt;/p&gt;&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Okta: adds the API Service Integration for Iru Endpoint.&lt;/li&gt;&lt;li&gt;Iru Endpoint: adds the ODT settings (SCEP certificate, Okta Verify options, login item, managed app configuration, SSO extension) to the Blueprints in scope. They can be removed again.&lt;/li&gt;&lt;/ul&gt;</source>
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
        <source>Unknown command &quot;%1&quot;. Commands: check.</source>
        <translation type="unfinished"></translation>
    </message>
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
  odt-setup check [options]    check readiness without a window (see odt-setup check --help)</source>
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
        <source>Report format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the built-in sandbox tenant playing SCENARIO (default: ready) instead of a real org.</source>
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
    <name>odt::crypto</name>
    <message>
        <source>The QCA crypto provider is missing (no support for %1). Install the qca-ossl plugin, or set QCA_PLUGIN_PATH to the folder that holds crypto/libqca-ossl.</source>
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
        <source>Creating the sandbox certificate failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting the sandbox certificate for Qt failed.</source>
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
        <source>%1 answered HTTP %2.</source>
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
    <name>odt::sandbox::SandboxTenant</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (port in use?).</source>
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
