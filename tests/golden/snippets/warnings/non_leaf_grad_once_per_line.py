import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
y.sum().backward()
for i in range(3):
    print(i, y.grad)
print(y.grad)
