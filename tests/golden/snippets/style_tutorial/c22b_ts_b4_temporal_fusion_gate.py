import torch
import torch.nn as nn
import torch.nn.functional as F


class GRN(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.fc1 = nn.Linear(d, d)
        self.fc2 = nn.Linear(d, 2 * d)
        self.norm = nn.LayerNorm(d)

    def forward(self, x):
        h = F.elu(self.fc1(x))
        return self.norm(x + F.glu(self.fc2(h), dim=-1))


torch.manual_seed(65)
grn = GRN(4)
x = torch.randn(3, 5, 4)
y = grn(x)
print(y.shape, type(y.grad_fn).__name__)
print(y[0, 0].detach())
