using Byline.Content;

namespace Byline.Tests.Content;

public sealed class WordCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   \n\t  ", 0)]
    [InlineData("word", 1)]
    [InlineData("Hello, world!", 2)]
    [InlineData("one two  three\nfour\tfive", 5)]
    [InlineData("In 2026 there were 3 floods.", 6)]
    public void Words_are_runs_of_letters_or_digits(string text, int expected)
    {
        Assert.Equal(expected, WordCounter.Count(text));
    }

    [Theory]
    [InlineData("state-of-the-art", 1)]
    [InlineData("a well-known state-of-the-art design", 4)]
    [InlineData("don't", 1)]
    [InlineData("it’s the reader’s choice", 4)]
    [InlineData("O'Brien's co-op", 2)]
    public void Hyphenated_and_apostrophe_words_are_one_word(string text, int expected)
    {
        Assert.Equal(expected, WordCounter.Count(text));
    }

    [Theory]
    [InlineData("- -- --- — –", 0)]
    [InlineData("# ## ### * ** > | ` ``` [ ] ( ) ! _ ~", 0)]
    [InlineData("... , ; : ? ! \" ' ’ / \\ & %", 0)]
    [InlineData("yes - no", 2)]
    [InlineData("trailing- -leading 'quoted'", 3)]
    public void Punctuation_and_markdown_symbols_are_not_words(string text, int expected)
    {
        Assert.Equal(expected, WordCounter.Count(text));
    }

    [Theory]
    [InlineData("Café naïve Zoë", 3)]
    [InlineData("Łódź Kraków Gdańsk", 3)]
    [InlineData("Москва и Санкт-Петербург", 3)]
    [InlineData("Αθήνα Θεσσαλονίκη", 2)]
    [InlineData("東京 大阪", 2)]
    public void Unicode_letters_count_as_letters(string text, int expected)
    {
        Assert.Equal(expected, WordCounter.Count(text));
    }

    [Theory]
    // "naïve" typed with a combining diaeresis (as some keyboards and macOS clipboards produce it) is still one word.
    [InlineData("nai\u0308ve cafe\u0301", 2)]
    // Devanagari vowel signs and the virama are combining marks inside a word: "नमस्ते दुनिया" is two words.
    [InlineData("नमस्ते दुनिया", 2)]
    public void Combining_marks_inside_a_word_do_not_split_it(string text, int expected)
    {
        Assert.Equal(expected, WordCounter.Count(text));
    }
}
