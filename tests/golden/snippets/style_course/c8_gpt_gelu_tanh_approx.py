# GPT-2's GELU: the tanh approximation written out vs F.gelu(approximate='tanh') and the exact erf form.
import math
import torch
import torch.nn as nn
import torch.nn.functional as F

class NewGELU(nn.Module):
    def forward(self, x):
        return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))

x = torch.linspace(-3, 3, 7)
print(NewGELU()(x))
print(F.gelu(x, approximate='tanh'))
print(F.gelu(x))
print(nn.GELU(), nn.GELU(approximate='tanh'))
print(torch.allclose(NewGELU()(x), F.gelu(x, approximate='tanh'), atol=1e-6))
print((F.gelu(x) - F.gelu(x, approximate='tanh')).abs().max() < 1e-3)
xg = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
F.gelu(xg).sum().backward()
print(xg.grad)
