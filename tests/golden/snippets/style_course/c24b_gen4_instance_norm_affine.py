# InstanceNorm2d in a style-transfer generator: per-sample statistics
import torch
import torch.nn as nn

torch.manual_seed(122)
norm = nn.InstanceNorm2d(2, affine=True)
print(norm)
x = torch.randn(3, 2, 4, 4) * 3 + 1
y = norm(x)
print(y.mean(dim=(2, 3)).abs().max() < 1e-5)
print([n for n, _ in norm.named_parameters()], list(norm.state_dict()))
