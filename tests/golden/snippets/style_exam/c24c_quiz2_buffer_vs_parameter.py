# Quiz B30: buffers are saved but not trained
import torch
import torch.nn as nn


class Counter(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.tensor(2.0))
        self.register_buffer("calls", torch.tensor(0))
        self.register_buffer("tmp", torch.zeros(1), persistent=False)

    def forward(self, x):
        self.calls += 1
        return x * self.scale


m = Counter()
m(torch.ones(2))
m(torch.ones(2))
print([n for n, _ in m.named_parameters()], [n for n, _ in m.named_buffers()])
print(m.state_dict())
print(m.calls.requires_grad)
