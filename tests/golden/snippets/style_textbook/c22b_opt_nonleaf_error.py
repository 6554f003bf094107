import torch

x = torch.randn(3, requires_grad=True)
y = x * 2
try:
    torch.optim.SGD([y], lr=0.1)
except ValueError as e:
    print("ValueError:", e)
try:
    torch.optim.SGD(x, lr=0.1)
except TypeError as e:
    print("TypeError:", e)
try:
    torch.optim.SGD([], lr=0.1)
except ValueError as e:
    print("ValueError:", e)
try:
    torch.optim.Adam([x], lr=0.1, betas=(1.5, 0.9))
except ValueError as e:
    print("ValueError:", e)
