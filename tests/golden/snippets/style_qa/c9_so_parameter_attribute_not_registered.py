# Q: a plain tensor attribute with requires_grad is not in model.parameters() or the state_dict; use nn.Parameter.
import torch
import torch.nn as nn

class Bad(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = torch.randn(3, 1, requires_grad=True)
        self.b = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        return x @ self.w + self.b

class Good(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.randn(3, 1))
        self.b = nn.Parameter(torch.zeros(1))
        self.scale = 2.0

    def forward(self, x):
        return (x @ self.w + self.b) * self.scale

torch.manual_seed(0)
bad, good = Bad(), Good()
print([n for n, _ in bad.named_parameters()], list(bad.state_dict()))
print([n for n, _ in good.named_parameters()], list(good.state_dict()))
print(good.w)
opt = torch.optim.SGD(bad.parameters(), lr=0.1)
x = torch.randn(4, 3)
before = bad.w.clone()
bad(x).sum().backward()
opt.step()
print(torch.equal(before, bad.w), bad.w.grad is not None)
try:
    good.w = torch.ones(3, 1)
except TypeError as e:
    print(type(e).__name__, e)
good.w = nn.Parameter(torch.ones(3, 1))
print(good(x).shape, type(good.w).__name__)
good.register_parameter("extra", None)
print(dict(good.named_parameters()).keys(), good.extra)
