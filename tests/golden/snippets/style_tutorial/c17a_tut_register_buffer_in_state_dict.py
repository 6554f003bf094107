# Buffers: saved in the state_dict and moved by .to(), but not trained
import torch
from torch import nn

class Normalizer(nn.Module):
    def __init__(self, mean, std):
        super().__init__()
        self.register_buffer("mean", torch.tensor(mean))
        self.register_buffer("std", torch.tensor(std))
        self.register_buffer("calls", torch.zeros((), dtype=torch.long), persistent=False)
        self.fc = nn.Linear(2, 1)
    def forward(self, x):
        self.calls += 1
        return self.fc((x - self.mean) / self.std)

m = Normalizer([1.0, 2.0], [0.5, 4.0])
m(torch.ones(3, 2)); m(torch.ones(1, 2))
print(list(m.state_dict().keys()), m.calls)
print([n for n, _ in m.named_buffers()], len(list(m.parameters())))
m.double()
print(m.mean.dtype, m.calls.dtype, m.fc.weight.dtype)
