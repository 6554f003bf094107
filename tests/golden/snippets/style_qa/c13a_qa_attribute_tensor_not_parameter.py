# Q: my weights are not in model.parameters(): a plain tensor attribute with requires_grad is not registered.
import torch
import torch.nn as nn


class Scale(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = torch.ones(3, requires_grad=True)
        self.b = nn.Parameter(torch.zeros(3))

    def forward(self, x):
        return x * self.w + self.b


m = Scale()
print([n for n, _ in m.named_parameters()], list(m.state_dict()))
print(len(list(m.parameters())))
opt = torch.optim.SGD(m.parameters(), lr=1.0)
m(torch.ones(2, 3)).sum().backward()
opt.step()
print(m.w, m.w.grad, m.b)
m.w = nn.Parameter(torch.ones(3))
print([n for n, _ in m.named_parameters()])
try:
    m.b = torch.zeros(3)
except TypeError as e:
    print("TypeError:", e)
m.register_buffer("scale", torch.tensor(2.0))
print(list(m.state_dict()), m.scale.requires_grad)
