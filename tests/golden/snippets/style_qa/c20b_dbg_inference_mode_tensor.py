# a tensor created under inference_mode used later for training
import torch

with torch.inference_mode():
    feats = torch.ones(2, 3)
print(feats.is_inference(), feats.requires_grad)
w = torch.ones(3, requires_grad=True)
out = (feats * w).sum()
out.backward()
print(w.grad)
try:
    feats.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
