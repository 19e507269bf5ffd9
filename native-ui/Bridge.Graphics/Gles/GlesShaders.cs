using System.Text;
using Silk.NET.OpenGL;

namespace Bridge.Graphics.Gles;

/// <summary>The renderer's shader: instanced quads that are rounded rects (SDF), images or glyphs, in variants by feature.</summary>
internal static class GlesShaders
{
    internal const int ModeShape = 0;
    internal const int ModeImage = 1;
    internal const int ModeGlyph = 2;

    private const string Vertex = """
        #version 300 es
        precision highp float;
        layout(location = 0) in vec2 a_corner;
        layout(location = 1) in vec4 a_rect;       // x, y, w, h in local pixels (before the transform)
        layout(location = 2) in vec4 a_radii;      // top-left, top-right, bottom-right, bottom-left
        layout(location = 3) in vec4 a_fill;       // premultiplied; for images: opacity in every channel
        layout(location = 4) in vec4 a_border;     // premultiplied
        layout(location = 5) in vec4 a_params;     // border width, mode, texture slot, rounded clip (0/1)
        layout(location = 6) in vec4 a_xf;         // 2x2 matrix a b c d
        layout(location = 7) in vec4 a_xt;         // translation x y, anti-aliasing pad, texel-exact image (0/1)
        layout(location = 8) in vec4 a_uv;         // u0 v0 u1 v1; a texel-exact image: texel minus frame pixel x y
        layout(location = 9) in vec4 a_clip;       // rounded clip x0 y0 x1 y1 in frame pixels
        layout(location = 10) in vec4 a_clipRadii;
        uniform vec2 u_viewport;
        out vec2 v_local;
        out vec2 v_uv;
        flat out vec2 v_half;
        flat out vec4 v_fill;
        flat out vec4 v_border;
        flat out vec4 v_radii;
        flat out vec4 v_params;
        flat out vec4 v_clip;
        flat out vec4 v_clipRadii;
        flat out vec4 v_uvRect;
        flat out float v_exact;
        void main() {
            float pad = a_xt.z;
            vec2 pos = a_rect.xy - pad + a_corner * (a_rect.zw + 2.0 * pad);
            vec2 halfSize = a_rect.zw * 0.5;
            v_local = pos - (a_rect.xy + halfSize);
            v_half = halfSize;
            v_uv = mix(a_uv.xy, a_uv.zw, (pos - a_rect.xy) / max(a_rect.zw, vec2(1e-6)));
            v_fill = a_fill;
            v_border = a_border;
            v_radii = a_radii;
            v_params = a_params;
            v_clip = a_clip;
            v_clipRadii = a_clipRadii;
            v_uvRect = vec4(min(a_uv.xy, a_uv.zw), max(a_uv.xy, a_uv.zw));
            v_exact = a_xt.w;
            vec2 screen = vec2(a_xf.x * pos.x + a_xf.y * pos.y, a_xf.z * pos.x + a_xf.w * pos.y) + a_xt.xy;
            // Frame row 0 maps to NDC y = -1, i.e. FBO row 0: glReadPixels then yields the top row first.
            gl_Position = vec4(screen / u_viewport * 2.0 - 1.0, 0.0, 1.0);
        }
        """;

    private const string FragmentHead = """
        #version 300 es
        precision highp float;
        in vec2 v_local;
        in vec2 v_uv;
        flat in vec2 v_half;
        flat in vec4 v_fill;
        flat in vec4 v_border;
        flat in vec4 v_radii;
        flat in vec4 v_params;
        flat in vec4 v_clip;
        flat in vec4 v_clipRadii;
        flat in vec4 v_uvRect;
        flat in float v_exact;
        uniform sampler2D u_atlas;
        out vec4 o_color;

        // Signed distance to a rounded box centred at the origin (y down), radii per corner.
        float sdRoundBox(vec2 p, vec2 halfSize, vec4 r) {
            float rad = p.x < 0.0 ? (p.y < 0.0 ? r.x : r.w) : (p.y < 0.0 ? r.y : r.z);
            rad = min(rad, min(halfSize.x, halfSize.y));
            vec2 q = abs(p) - halfSize + rad;
            return min(max(q.x, q.y), 0.0) + length(max(q, 0.0)) - rad;
        }

        """;

    // Each feature is compiled in only when a batch needs it: a software rasterizer runs every branch of a shader
    // for every pixel, so an unused texture fetch or signed distance still costs its full price.
    private const string FragmentMain = """

        void main() {
        #if SDF
            float d = sdRoundBox(v_local, v_half, v_radii);
            float aa = max(fwidth(d), 1e-3);
        #endif
            vec4 color = v_fill;
        #if IMAGE_SLOTS > 0
            if (int(v_params.y + 0.5) == 1) {
        #if TEXEL && FILTERED
                if (v_exact > 0.5) color = fetchImage(int(v_params.z + 0.5), ivec2(gl_FragCoord.xy) + ivec2(v_uvRect.xy)) * v_fill;
                else color = sampleImage(int(v_params.z + 0.5), clamp(v_uv, v_uvRect.xy, v_uvRect.zw)) * v_fill;
        #elif TEXEL
                color = fetchImage(int(v_params.z + 0.5), ivec2(gl_FragCoord.xy) + ivec2(v_uvRect.xy)) * v_fill;
        #else
                color = sampleImage(int(v_params.z + 0.5), clamp(v_uv, v_uvRect.xy, v_uvRect.zw)) * v_fill;
        #endif
            }
        #endif
        #if BORDER
            float bw = v_params.x;
            // A transparent border is no border (the fill covers the box), as in the variant without borders: a quad
            // must draw the same whichever variant its batch uses (a damage-only redraw batches other quads with it).
            if (bw > 0.0 && v_border.a > 0.0) {
                float di = sdRoundBox(v_local, max(v_half - bw, vec2(0.0)), max(v_radii - bw, vec4(0.0)));
                color = mix(v_border, color, clamp(0.5 - di / aa, 0.0, 1.0));
            }
        #endif
        #if SDF
            color *= clamp(0.5 - d / aa, 0.0, 1.0);
        #endif
        #if GLYPHS
            if (int(v_params.y + 0.5) == 2) color = v_fill * textureLod(u_atlas, v_uv, 0.0).r;
        #endif
        #if ROUND_CLIP
            if (v_params.w > 0.5) {
                vec2 c = (v_clip.xy + v_clip.zw) * 0.5;
                float dc = sdRoundBox(gl_FragCoord.xy - c, (v_clip.zw - v_clip.xy) * 0.5, v_clipRadii);
                color *= clamp(0.5 - dc, 0.0, 1.0);
            }
        #endif
            o_color = color;
        }
        """;

    /// <summary>Feature bits of a program variant (besides its number of image slots). <see cref="FeatureSdf"/> is the
    /// quad's own antialiased rounded edge: a pixel-aligned square quad covers whole pixels (its signed distance is at most
    /// -0.5 at every pixel centre it rasterizes), so the variants without it draw that quad the same, cheaper; a border
    /// needs it.</summary>
    internal const int FeatureGlyphs = 1, FeatureBorder = 2, FeatureRoundClip = 4, FeatureSdf = 8;

    /// <summary>Feature bits of image quads: <see cref="FeatureTexel"/>, some are texel-exact (drawn at their texture's
    /// size on whole pixels, unscaled: each pixel is one texel, fetched as is); <see cref="FeatureFiltered"/>, some are
    /// not (bilinear). A batch of only texel-exact images skips the filtering, which on llvmpipe is about a quarter of a
    /// full-frame image's time; a quad draws the same in either variant that has its kind.</summary>
    internal const int FeatureTexel = 16, FeatureFiltered = 32;

    /// <summary>Number of feature combinations (program variants per number of image slots).</summary>
    internal const int FeatureCombinations = 64;

    /// <summary>Builds the fragment shader for a number of image slots and feature bits (GLSL ES 3.00 indexes sampler arrays only with constants).</summary>
    internal static string Fragment(int imageSlots, int features)
    {
        var sb = new StringBuilder();
        string head = FragmentHead;
        int firstLine = head.IndexOf('\n') + 1;
        sb.Append(head, 0, firstLine);
        sb.Append("#define IMAGE_SLOTS ").Append(imageSlots).Append('\n');
        sb.Append("#define GLYPHS ").Append((features & FeatureGlyphs) != 0 ? 1 : 0).Append('\n');
        sb.Append("#define BORDER ").Append((features & FeatureBorder) != 0 ? 1 : 0).Append('\n');
        sb.Append("#define ROUND_CLIP ").Append((features & FeatureRoundClip) != 0 ? 1 : 0).Append('\n');
        sb.Append("#define SDF ").Append((features & (FeatureSdf | FeatureBorder)) != 0 ? 1 : 0).Append('\n');
        sb.Append("#define TEXEL ").Append((features & FeatureTexel) != 0 ? 1 : 0).Append('\n');
        sb.Append("#define FILTERED ").Append((features & FeatureFiltered) != 0 ? 1 : 0).Append('\n');
        sb.Append(head, firstLine, head.Length - firstLine);
        if (imageSlots > 0)
        {
            sb.Append("uniform sampler2D u_images[").Append(imageSlots).Append("];\n");
            sb.Append("vec4 sampleImage(int slot, vec2 uv) {\n");
            for (int i = 0; i < imageSlots - 1; i++)
                sb.Append("    if (slot == ").Append(i).Append(") return textureLod(u_images[").Append(i).Append("], uv, 0.0);\n");
            sb.Append("    return textureLod(u_images[").Append(imageSlots - 1).Append("], uv, 0.0);\n}\n");
            sb.Append("vec4 fetchImage(int slot, ivec2 texel) {\n");
            for (int i = 0; i < imageSlots - 1; i++)
                sb.Append("    if (slot == ").Append(i).Append(") return texelFetch(u_images[").Append(i).Append("], texel, 0);\n");
            sb.Append("    return texelFetch(u_images[").Append(imageSlots - 1).Append("], texel, 0);\n}\n");
        }
        sb.Append(FragmentMain);
        return sb.ToString();
    }

    /// <summary>Compiles and links a program variant, throwing with the driver's log on failure.</summary>
    internal static uint Build(GL gl, int imageSlots, int features)
    {
        uint vs = Compile(gl, ShaderType.VertexShader, Vertex);
        uint fs = Compile(gl, ShaderType.FragmentShader, Fragment(imageSlots, features));
        uint program = gl.CreateProgram();
        gl.AttachShader(program, vs);
        gl.AttachShader(program, fs);
        gl.LinkProgram(program);
        gl.GetProgram(program, ProgramPropertyARB.LinkStatus, out int linked);
        gl.DeleteShader(vs);
        gl.DeleteShader(fs);
        if (linked == 0)
        {
            string info = gl.GetProgramInfoLog(program);
            gl.DeleteProgram(program);
            throw new InvalidOperationException($"The renderer's shader program ({imageSlots} image slots, features {features}) failed to link: {info}");
        }
        return program;
    }

    private static uint Compile(GL gl, ShaderType type, string source)
    {
        uint shader = gl.CreateShader(type);
        gl.ShaderSource(shader, source);
        gl.CompileShader(shader);
        gl.GetShader(shader, ShaderParameterName.CompileStatus, out int ok);
        if (ok != 0) return shader;
        string info = gl.GetShaderInfoLog(shader);
        gl.DeleteShader(shader);
        throw new InvalidOperationException($"The renderer's {type} failed to compile: {info}");
    }
}
