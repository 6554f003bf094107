import torch

# Q1. What is x.grad after the two backward calls below?
x = torch.tensor(3.0, requires_grad=True)
y = x ** 2
y.backward()
z = 4 * x
z.backward()
print("Answer:", x.grad)
