# Forgetting to zero the input gradient between attack steps accumulates it
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
for step in range(3):
    y = (x ** 2).sum()
    y.backward()
    print(step, x.grad)
x.grad.zero_()
(x ** 2).sum().backward()
print("after zero_:", x.grad)
x.grad = None
print(x.grad)
