using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Bridge.Layout.Tests")]
