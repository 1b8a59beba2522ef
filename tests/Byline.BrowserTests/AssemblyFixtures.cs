using Byline.BrowserTests;

// One browser process for the whole run; every test opens its own isolated context in it.
[assembly: AssemblyFixture(typeof(Chromium))]
