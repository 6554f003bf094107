# Q: my self.scale tensor is not in parameters(), not in state_dict and not trained - Parameter vs buffer vs attribute.
import torch
from torch import nn

class Scaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = torch.ones(3, requires_grad=True)
        self.shift = nn.Parameter(torch.zeros(3))
        self.register_buffer("count", torch.tensor(0))
        self.register_buffer("tmp", torch.zeros(1), persistent=False)

    def forward(self, x):
        self.count += 1
        return x * self.scale + self.shift

m = Scaler()
print([n for n, _ in m.named_parameters()])
print(list(m.state_dict().keys()), [n for n, _ in m.named_buffers()])
print(m)
opt = torch.optim.SGD(m.parameters(), lr=0.5)
out = m(torch.tensor([1.0, 2.0, 3.0])).sum()
out.backward()
opt.step()
print(m.scale, m.scale.grad, m.shift, m.count)
m.double()
print(m.scale.dtype, m.shift.dtype, m.count.dtype, m.tmp.dtype)
try:
    m.register_buffer("shift", torch.zeros(3))
except KeyError as e:
    print("KeyError:", e)
try:
    m.register_parameter("p", torch.zeros(2))
except TypeError as e:
    print("TypeError:", e)
