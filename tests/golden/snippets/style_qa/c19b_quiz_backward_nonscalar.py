# Quiz 26: backward on a vector
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
try:
    y.backward()
except RuntimeError as e:
    print(e)
y.backward(torch.ones(3))
print(x.grad)
try:
    (x * 2).backward(torch.ones(2))
except RuntimeError as e:
    print(e)
