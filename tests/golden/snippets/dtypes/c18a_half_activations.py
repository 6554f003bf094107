# float16 and bfloat16 activations: ATen computes them in float32 and rounds once
import torch
import torch.nn.functional as F

torch.manual_seed(1)
x = torch.randn(4000) * 4
h, b = x.half(), x.bfloat16()
for name, f in [("sigmoid", torch.sigmoid), ("silu", F.silu), ("gelu", F.gelu), ("selu", F.selu),
                ("hardswish", F.hardswish), ("logsigmoid", F.logsigmoid), ("mish", F.mish), ("erf", torch.erf)]:
    fh, fb = f(h), f(b)
    print(f"{name:<10} {fh.dtype} {fb.dtype} {fh.float().sum().item():.6f} {fb.float().sum().item():.6f}")
print(torch.erf(torch.tensor([0.0068, 0.0762, 0.1038]).bfloat16()))
print(F.gelu(torch.tensor([-3.5, -1.5, 0.25]).half()), F.silu(torch.tensor([-12.7]).half()))
