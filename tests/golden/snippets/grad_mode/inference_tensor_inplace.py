import torch

w = torch.tensor([1., 2.], requires_grad=True)
with torch.inference_mode():
    p = w * 3
print(p, p.is_inference())
try:
    p.add_(1)
except RuntimeError as e:
    print(e)
try:
    p.requires_grad_()
except RuntimeError as e:
    print(e)
print(p.clone().requires_grad_())
