# Q: clip or log each parameter's gradient with p.register_hook during loss.backward().
import torch
import torch.nn as nn

torch.manual_seed(3)
model = nn.Linear(4, 2)
norms = {}
for name, p in model.named_parameters():
    p.register_hook(lambda g, name=name: norms.__setitem__(name, g.norm().item()))
    p.register_hook(lambda g: g.clamp(-0.05, 0.05))
x = torch.randn(16, 4) * 3
loss = model(x).pow(2).mean()
loss.backward()
print({k: round(v, 5) for k, v in norms.items()})
print(model.weight.grad)
print(model.bias.grad)
print(loss.item())
