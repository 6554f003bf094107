# functional_call with parameters and buffers (a normalisation buffer)
import torch
import torch.nn as nn
from torch.func import functional_call

class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(1, 1).double()
        self.register_buffer("scale", torch.tensor(2.0, dtype=torch.float64))

    def forward(self, x):
        return self.lin(x / self.scale)

m = Scaled()
params = {k: torch.ones_like(v) for k, v in m.named_parameters()}
buffers = {"scale": torch.tensor(4.0, dtype=torch.float64)}
x = torch.tensor([[8.0]], dtype=torch.float64)
print(functional_call(m, (params, buffers), (x,)))
print(functional_call(m, params, (x,)))
