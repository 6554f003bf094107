# LLM course: rotary position embeddings by hand; the query-key score depends only on relative position.
import torch

torch.manual_seed(122)
d = 8
inv_freq = 1.0 / (10000 ** (torch.arange(0, d, 2).float() / d))

def rope(x, pos):
    angles = pos * inv_freq
    cos, sin = angles.cos(), angles.sin()
    x1, x2 = x[..., 0::2], x[..., 1::2]
    out = torch.empty_like(x)
    out[..., 0::2] = x1 * cos - x2 * sin
    out[..., 1::2] = x1 * sin + x2 * cos
    return out

q, k = torch.randn(d), torch.randn(d)
for m, n in [(0, 3), (5, 8), (10, 13)]:
    print(m, n, round((rope(q, m) @ rope(k, n)).item(), 5))
print(round((q @ k).item(), 5), round((rope(q, 4) @ rope(k, 4)).item(), 5))
print(rope(q, 1).norm(), q.norm())
print(inv_freq)
print(rope(torch.ones(d), 2))
