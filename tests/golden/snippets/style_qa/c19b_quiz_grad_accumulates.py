# Quiz 7: what is x.grad after the loop?
import torch

x = torch.tensor(2.0, requires_grad=True)
for i in range(3):
    y = x ** 2
    y.backward()
    print(i, x.grad)
x.grad.zero_()
(x * 5).backward()
print(x.grad)
x.grad = None
print(x.grad)
