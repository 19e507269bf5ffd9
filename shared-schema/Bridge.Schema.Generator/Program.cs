using Bridge.Schema.Generator;

// Writes legacy-js/src/generated/schema.js and schema.d.ts from the C# schema.
// Usage: dotnet run --project shared-schema/Bridge.Schema.Generator [-- REPO_ROOT]
var root = args.Length > 0 ? Path.GetFullPath(args[0]) : RepositoryRoot.Find();
var folder = Path.Combine(root, JsSchemaEmitter.OutputFolder);
Directory.CreateDirectory(folder);
File.WriteAllText(Path.Combine(folder, "schema.js"), JsSchemaEmitter.EmitJs());
File.WriteAllText(Path.Combine(folder, "schema.d.ts"), JsSchemaEmitter.EmitDts());
Console.Out.WriteLine($"wrote {Path.Combine(JsSchemaEmitter.OutputFolder, "schema.js")} and schema.d.ts");
