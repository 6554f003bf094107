import torch
from torch import nn


class Counter(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("count", torch.zeros(1))
        self.register_buffer("scratch", torch.ones(2), persistent=False)
        self.scale = nn.Parameter(torch.tensor(2.0))

    def forward(self, x):
        self.count += 1
        return x * self.scale


m = Counter()
print(m(torch.tensor([1.0, 2.0])))
m(torch.tensor([1.0]))
print(m.count)
print([name for name, _ in m.named_buffers()])
print(list(m.state_dict().keys()))
print([name for name, _ in m.named_parameters()])
print(m)
