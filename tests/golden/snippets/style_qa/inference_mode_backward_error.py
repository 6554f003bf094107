# Q: tensors made under inference_mode cannot take part in autograd later.
import torch

w = torch.ones(3, requires_grad=True)
with torch.inference_mode():
    x = torch.ones(3) * 2
    y = w * 2
print(x.requires_grad, y.requires_grad, x.is_inference())
try:
    (w * x).sum().backward()
except RuntimeError as e:
    print(e)
print(w.grad)
with torch.no_grad():
    z = torch.ones(3) * 2
(w * z).sum().backward()
print(w.grad, z.is_inference())
