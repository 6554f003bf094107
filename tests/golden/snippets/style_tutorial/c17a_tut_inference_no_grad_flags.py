# Inference: model.eval() and torch.no_grad() change different things
import torch
from torch import nn

torch.manual_seed(21)
model = nn.Sequential(nn.Linear(3, 4), nn.Dropout(0.5), nn.Linear(4, 1))
batch = torch.randn(2, 3)
model.eval()
print([m.training for m in model], model[1].p)
out = model(batch)
print(out.requires_grad, out.grad_fn is not None)
with torch.no_grad():
    out2 = model(batch)
print(out2.requires_grad, out2.grad_fn, torch.equal(out, out2))
print(torch.is_grad_enabled())
model.train()
print(all(m.training for m in model.modules()))
