import torch

# Exam B3-15. Modifying the result of detach() in-place after it was saved for backward.
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
d = y.detach()
d.zero_()
try:
    y.sum().backward()
    print(x.grad)
except RuntimeError as e:
    print(type(e).__name__, str(e)[:55])
print(y)
