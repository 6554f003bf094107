# validation without no_grad builds graphs; with it, outputs have no grad_fn
import torch
import torch.nn as nn

torch.manual_seed(126)
model = nn.Linear(4, 2)
val = torch.randn(3, 4)
model.eval()
out = model(val)
print(out.requires_grad, out.grad_fn)
with torch.no_grad():
    out = model(val)
print(out.requires_grad, out.grad_fn)
with torch.inference_mode():
    out = model(val)
print(out.requires_grad, out.is_inference())
