# Issue: "grad is None for my model output" — retain_grad on an nn.Module activation via hook.
import torch
import torch.nn as nn

torch.manual_seed(1)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
saved = {}
model[0].register_forward_hook(lambda m, i, o: (o.retain_grad(), saved.setdefault("pre", o)))
out = model(torch.ones(1, 3)).sum()
out.backward()
print(saved["pre"].grad is not None, saved["pre"].grad.shape)
act = model(torch.ones(1, 3))
act.sum().backward()
print(act.grad)
