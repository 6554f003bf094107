# Q: what does LayerNorm normalise over? comparing nn.LayerNorm with a manual mean/var over the last dim.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(2, 3, 4)
ln = nn.LayerNorm(4)
out = ln(x)
mean = x.mean(-1, keepdim=True)
var = x.var(-1, keepdim=True, unbiased=False)
manual = (x - mean) / torch.sqrt(var + ln.eps)
print(torch.allclose(out, manual, atol=1e-6))
print(out[0, 0], out.mean(-1)[0].abs().max() < 1e-6)
ln2 = nn.LayerNorm([3, 4], elementwise_affine=False)
print(ln2, ln2(x).shape, ln2.weight)
try:
    nn.LayerNorm(5)(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(nn.functional.layer_norm(x, (4,))[1, 2])
print(ln.weight.shape, ln.bias.shape, ln.normalized_shape)
