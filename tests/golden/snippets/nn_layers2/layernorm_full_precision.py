import torch
import torch.nn as nn

torch.manual_seed(0)
for features in (5, 16, 40, 160):
    ln = nn.LayerNorm(features)
    with torch.no_grad():
        ln.weight.uniform_(0.5, 1.5)
        ln.bias.uniform_(-0.1, 0.1)
    x = torch.randn(3, features) * 2 + 0.5
    y = ln(x)
    print(features, y[0, :4].tolist(), y.sum().item())
z = nn.functional.layer_norm(torch.randn(2, 3, 8), (3, 8))
print(z[1, 2].tolist())
