# Q: setting requires_grad on a tensor that came out of inference_mode
import torch

with torch.inference_mode():
    emb = torch.ones(2, 2)
try:
    emb.requires_grad_()
except RuntimeError as e:
    print(e)
try:
    emb.add_(1)
except RuntimeError as e:
    print(e)
fixed = emb.clone().requires_grad_()
print(fixed.requires_grad, fixed.is_inference())
