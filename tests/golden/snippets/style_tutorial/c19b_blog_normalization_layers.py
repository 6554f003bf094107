# BatchNorm vs LayerNorm vs GroupNorm in one table
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(4, 6) * 3 + 1
for name, layer in [("BatchNorm1d", nn.BatchNorm1d(6)), ("LayerNorm", nn.LayerNorm(6)),
                    ("GroupNorm(2)", nn.GroupNorm(2, 6)), ("InstanceNorm1d", nn.InstanceNorm1d(6))]:
    inp = x if name != "InstanceNorm1d" else x.unsqueeze(0)
    y = layer(inp).squeeze(0) if name == "InstanceNorm1d" else layer(inp)
    print(f"{name:15s} row means {y.mean(1).abs().max():.2e}  col means {y.mean(0).abs().max():.2e}")
print(sum(p.numel() for p in nn.LayerNorm(6).parameters()), nn.GroupNorm(2, 6))
