# Issue: "memory grows in validation" — model.eval() does not turn off autograd.
import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Sequential(nn.Linear(3, 2), nn.Dropout(0.5))
m.eval()
out = m(torch.ones(1, 3))
print(out.requires_grad, out.grad_fn.name(), m.training)
with torch.no_grad():
    out2 = m(torch.ones(1, 3))
print(out2.requires_grad, out2.grad_fn, torch.equal(out, out2))
