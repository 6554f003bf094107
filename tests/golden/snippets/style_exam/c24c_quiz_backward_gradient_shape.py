# Quiz 48: wrong shape for the gradient argument
import torch

x = torch.ones(2, 3, requires_grad=True)
y = x * 2
try:
    y.backward(torch.ones(3))
except RuntimeError as e:
    print("RuntimeError:", e)
y.backward(torch.full((2, 3), 0.5))
print(x.grad)
