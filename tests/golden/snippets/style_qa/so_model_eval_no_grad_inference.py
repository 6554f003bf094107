# Q: eval() vs no_grad() vs inference_mode(): which turns off dropout, which turns off autograd.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5))
x = torch.ones(1, 4)
model.eval()
out = model(x)
print(out.requires_grad, torch.equal(out, model(x)))
with torch.no_grad():
    out = model(x)
print(out.requires_grad, out.grad_fn)
model.train()
with torch.inference_mode():
    a, b = model(x), model(x)
print(a.is_inference(), torch.equal(a, b))
try:
    a.requires_grad_()
except RuntimeError as e:
    print(e)
print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())
