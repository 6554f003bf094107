# Q&A: "does model.eval() turn off gradients?" No: it switches dropout/batchnorm behaviour;
# no_grad and inference_mode stop graph building.
import torch
import torch.nn as nn

torch.manual_seed(59)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Dropout(0.2), nn.Linear(4, 1))
x = torch.randn(6, 3)
model(x)
model.eval()
out = model(x)
print(out.requires_grad, out.grad_fn.name())
with torch.no_grad():
    out2 = model(x)
print(out2.requires_grad, out2.grad_fn, torch.equal(out, out2))
with torch.inference_mode():
    out3 = model(x)
print(out3.requires_grad, out3.is_inference())
print(model[1].running_mean, model[1].running_var)
print(out.squeeze())
