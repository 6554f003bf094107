import torch

# Exam B4-15. Using an inference tensor in autograd.
with torch.inference_mode():
    t = torch.ones(2)
w = torch.ones(2, requires_grad=True)
try:
    y = w * t
except RuntimeError as e:
    print(str(e).split(".")[0])
print((w + t).requires_grad)
try:
    t.requires_grad_()
except RuntimeError as e:
    print(e)
try:
    t.add_(1)
except RuntimeError as e:
    print(e)
print(t.clone().is_inference())
