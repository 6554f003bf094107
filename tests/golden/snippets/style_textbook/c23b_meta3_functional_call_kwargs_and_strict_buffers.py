import torch
from torch import nn
from torch.func import functional_call

class Scaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.tensor(2.0))
        self.register_buffer("offset", torch.tensor(1.0))
    def forward(self, x, *, power=1):
        return (self.w * x + self.offset) ** power

m = Scaler()
x = torch.tensor([1.0, 2.0])
print(functional_call(m, {"w": torch.tensor(3.0)}, (x,), {"power": 2}))
print(functional_call(m, {"offset": torch.tensor(0.0)}, x))
try:
    functional_call(m, {"w": torch.tensor(3.0)}, (x,), strict=True)
except Exception as e:
    print(type(e).__name__, e)
print(m.w.item(), m.offset.item())
