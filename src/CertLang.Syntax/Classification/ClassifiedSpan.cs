using CertLang.Syntax.Text;

namespace CertLang.Syntax.Classification;

/// <summary>A classified piece of source: where it is, what it is, whether it declares its name, and whether it names something built in.</summary>
public readonly record struct ClassifiedSpan(TextSpan Span, SyntaxClassification Classification, bool IsDeclaration = false, bool IsBuiltIn = false);
