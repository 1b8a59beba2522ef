namespace Byline.IntegrationTests.Web;

/// <summary>
/// Hostile and unusual values for every field a visitor can fill in, written as a form post carries them
/// (application/x-www-form-urlencoded UTF-8). Most are text, encoded as a browser encodes it; a few are bytes no browser
/// sends but any script can: broken UTF-8, a lone surrogate written as its own three bytes, stray percent signs.
/// </summary>
internal static class NaughtyStrings
{
    /// <summary>One more character than ASP.NET's form reader takes in one value (4 MiB).</summary>
    public const int OversizedLength = (4 * 1024 * 1024) + 1;

    private static readonly Dictionary<string, string> Encoded = new(StringComparer.Ordinal)
    {
        ["empty"] = "",
        ["spaces only"] = Text("   "),
        ["NUL alone"] = Text("\0"),
        ["control characters"] = Text("\u0000\u0001\u0002"),
        ["NUL in the middle"] = Text("Ada\0Lovelace"),
        ["bell, backspace, escape, delete"] = Text("a\a\b\u001B[31mred\u007F"),
        ["C1 controls"] = Text("\u0085\u008D\u009B"),
        ["tab and new lines"] = Text("first\tcolumn\r\nsecond line\nthird\rfourth"),
        ["header injection"] = Text("x\r\nSet-Cookie: stolen=1\r\nLocation: https://evil.example"),
        ["line and paragraph separators"] = Text("one\u2028two\u2029three"),
        ["right-to-left override"] = Text("abc\u202Egpj.exe"),
        ["bidirectional isolates"] = Text("\u2067שלום\u2069 world"),
        ["zero-width characters"] = Text("z\u200Bw\u200Cs\u200Dp\uFEFF"),
        ["byte-order mark first"] = Text("\uFEFFstart"),
        ["noncharacters"] = Text("\uFFFE\uFFFF\uFDD0"),
        ["emoji sequences"] = Text("👩🏽‍🚒 🏳️‍🌈 👍🏿 🇳🇴"),
        ["astral letters"] = Text("𝔉𝔯𝔞𝔨𝔱𝔲𝔯 𐍈 𠜎"),
        ["lone high surrogate as a browser sends it"] = Text("a\uFFFDb"),
        ["lone high surrogate as raw bytes"] = "a%ED%A0%80b",
        ["lone low surrogate as raw bytes"] = "%ED%BF%BF",
        ["invalid UTF-8"] = "%FF%FE%C0%AF%80",
        ["truncated UTF-8"] = "caf%C3",
        ["stray percent signs"] = "100%25 %zz %",
        ["old-style percent-u escape"] = "%u0000%u202E",
        ["plus signs and ampersands"] = "a+b%26c%3Dd",
        ["combining marks pile-up"] = Text("Z" + new string('\u0336', 200)),
        ["decomposed accent"] = Text("Cafe\u0301"),
        ["compatibility forms"] = Text("ﬁle Ⅻ ＡＢＣ Å"),
        ["Turkish dotted I"] = Text("İstanbul ıi"),
        ["SQL"] = Text("' OR '1'='1'; DROP TABLE \"Comments\"; --"),
        ["SQL sleep"] = Text("1); SELECT pg_sleep(30); --"),
        ["script tag"] = Text("<script>alert(document.cookie)</script>"),
        ["attribute breakout"] = Text("\"><img src=x onerror=alert(1)>'"),
        ["javascript address"] = Text("javascript:alert(1)"),
        ["data address"] = Text("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
        ["protocol-relative address"] = Text("//evil.example/newsroom"),
        ["backslash address"] = Text("/\\evil.example"),
        ["markup comment and CDATA end"] = Text("<!-- ]]> -->"),
        ["format strings"] = Text("%s%s%n%x {0} {1:N} ${PATH} {{}}"),
        ["path traversal"] = Text("../../../../etc/passwd"),
        ["encoded path traversal"] = Text("..%2F..%2F..%2Fetc%2Fpasswd"),
        ["Windows path"] = Text("..\\..\\Windows\\win.ini"),
        ["escaped NUL as text"] = Text("before\\u0000after"),
        ["null word"] = Text("null"),
        ["undefined word"] = Text("undefined"),
        ["NaN and friends"] = Text("NaN"),
        ["zero"] = Text("0"),
        ["minus one"] = Text("-1"),
        ["largest int"] = Text("2147483647"),
        ["just past int"] = Text("2147483648"),
        ["just past long"] = Text("-9223372036854775809"),
        ["huge exponent"] = Text("1e309"),
        ["hexadecimal"] = Text("0x7FFFFFFF"),
        ["non-ASCII digits"] = Text("١٢٣ １２３"),
        ["email-like"] = Text("\"a@b\"@example.org"),
        ["email with NUL"] = Text("reader\0@example.org"),
        ["newsroom path with a new line"] = Text("/newsroom\r\n/stories"),
        ["newsroom path with a line separator"] = Text("/newsroom\u2028x"),
        ["newsroom path with a tab"] = Text("/newsroom/\tstories"),
        ["ten thousand and one"] = Text(new string('x', 10_001)),
        ["a hundred thousand"] = Text(new string('a', 100_000)),
        ["a long word of astral characters"] = Text(string.Concat(Enumerable.Repeat("😀", 5_000))),
        ["oversized"] = new string('o', OversizedLength),
    };

    public static TheoryData<string> Labels => new(Encoded.Keys);

    /// <summary>The value as it travels in the body or query of a form.</summary>
    public static string FormEncoded(string label) => Encoded[label];

    private static string Text(string value) => Uri.EscapeDataString(value);
}
