import torch
import torch.nn as nn


class CausalConv(nn.Module):
    def __init__(self, cin, cout, k, dilation):
        super().__init__()
        self.pad = (k - 1) * dilation
        self.conv = nn.Conv1d(cin, cout, k, dilation=dilation, padding=self.pad)

    def forward(self, x):
        return self.conv(x)[..., :-self.pad]


torch.manual_seed(1)
net = nn.Sequential(CausalConv(1, 4, 2, 1), nn.ReLU(), CausalConv(4, 4, 2, 2), nn.ReLU(), CausalConv(4, 1, 2, 4))
x = torch.randn(2, 1, 16)
out = net(x)
print(out.shape)
print(sum(p.numel() for p in net.parameters()))
x.requires_grad_(True)
net(x)[0, 0, 7].backward()
print((x.grad[0, 0] != 0).nonzero().flatten())
