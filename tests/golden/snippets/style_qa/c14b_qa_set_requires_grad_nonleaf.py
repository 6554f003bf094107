# Q: "you can only change requires_grad flags of leaf variables" when freezing an intermediate result.
import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
feat = w * 3
try:
    feat.requires_grad = False
except RuntimeError as e:
    print(e)
frozen = feat.detach()
print(frozen.requires_grad, frozen.is_leaf)
feat.requires_grad_(True)
print(feat.requires_grad)
leaf = torch.zeros(2)
leaf.requires_grad = True
print(leaf.is_leaf, leaf.requires_grad)
leaf.requires_grad = False
print(leaf.requires_grad)
out = (frozen * w).sum()
out.backward()
print(w.grad)
