# Only nn.Parameter attributes (and submodules) are registered; plain tensors are not parameters.
import torch
import torch.nn as nn

class Scale(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(3))
        self.plain = torch.ones(3)
        self.frozen = nn.Parameter(torch.zeros(3), requires_grad=False)

    def forward(self, x):
        return x * self.w * self.plain + self.frozen

m = Scale()
print([n for n, _ in m.named_parameters()])
print(m.state_dict().keys())
p = nn.Parameter(torch.tensor([1.0, 2.0]))
print(p)
print(type(p).__name__, isinstance(p, torch.Tensor), p.is_leaf, p.requires_grad)
print(p * 2)
m.extra = nn.Parameter(torch.randn(2, 2))
print(len(list(m.parameters())))
m.register_parameter("bias", None)
print(m.bias, [n for n, _ in m.named_parameters()])
try:
    m.w = torch.zeros(3)
except TypeError as e:
    print("TypeError:", e)
m.w = nn.Parameter(torch.full((3,), 2.0))
print(m(torch.ones(3)))
try:
    m.register_parameter("a.b", nn.Parameter(torch.ones(1)))
except KeyError as e:
    print("KeyError:", e)
print(nn.Parameter(torch.arange(3)) if False else nn.Parameter(torch.arange(3.0)))
try:
    nn.Parameter(torch.arange(3))
except RuntimeError as e:
    print("RuntimeError:", e)
