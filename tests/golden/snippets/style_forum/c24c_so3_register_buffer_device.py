# Q: tensors in __init__ don't move with .to(); use buffers
import torch
import torch.nn as nn


class Norm(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("mean", torch.tensor([0.5, 0.5]))
        self.std = torch.tensor([0.25, 0.25])

    def forward(self, x):
        return (x - self.mean) / self.std


m = Norm().double()
print(m.mean.dtype, m.std.dtype)
print(m(torch.ones(2, dtype=torch.float64)))
print(list(m.state_dict()))
