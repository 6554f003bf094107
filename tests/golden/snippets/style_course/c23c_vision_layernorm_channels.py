# LayerNorm over channels of a feature map (ConvNeXt style) via permute.
import torch
import torch.nn as nn

torch.manual_seed(3)
x = torch.randn(1, 4, 2, 2)
ln = nn.LayerNorm(4)
y = ln(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)
print(y.shape, y.is_contiguous())
print(y.mean(1).abs().max() < 1e-6)
print(y.var(1, unbiased=False))
try:
    ln(x)
except RuntimeError as e:
    print("RuntimeError:", e)
