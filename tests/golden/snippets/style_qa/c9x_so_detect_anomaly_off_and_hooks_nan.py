# Q: find which layer produces NaN: forward hooks that check outputs, and a grad hook on the loss input.
import torch
from torch import nn

torch.manual_seed(0)

class LogLayer(nn.Module):
    def forward(self, x):
        return torch.log(x)

model = nn.Sequential(nn.Linear(3, 3), LogLayer(), nn.Linear(3, 1))
found = []

def check(name):
    def hook(module, inp, out):
        if torch.isnan(out).any():
            found.append(name)
    return hook

handles = [m.register_forward_hook(check(n)) for n, m in model.named_children()]
out = model(torch.randn(4, 3))
print(out.isnan().any().item(), found)
for h in handles:
    h.remove()
found.clear()
model(torch.randn(4, 3))
print(found, len(model._forward_hooks), len(model[1]._forward_hooks))
x = torch.tensor([1.0, 0.0], requires_grad=True)
y = torch.sqrt(x)
y.register_hook(lambda g: print("grad into sqrt output:", g))
y.sum().backward()
print(x.grad)
