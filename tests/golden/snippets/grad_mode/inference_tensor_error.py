import torch

x = torch.tensor([1., 2.], requires_grad=True)
with torch.inference_mode():
    c = torch.tensor([3., 4.]) * 2
print(c)
y = x * c
print(y)
y.sum().backward()
