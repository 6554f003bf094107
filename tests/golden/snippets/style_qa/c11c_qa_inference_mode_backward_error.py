# Q: tensors created in inference_mode can't be used in autograd later - what error do I get?
import torch

with torch.inference_mode():
    feats = torch.randn(3, 2) * 2
print(feats.requires_grad, feats.is_inference())
w = torch.ones(2, requires_grad=True)
try:
    out = (feats * w).sum()
    out.backward()
    print(w.grad)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    feats.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
clone = feats.clone()
print(clone.is_inference())
(clone * w).sum().backward()
print(w.grad)
try:
    feats.requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
