import torch

# Q48. Why does requires_grad_() fail on y?
x = torch.tensor([1.0], requires_grad=True)
y = x * 2
try:
    y.requires_grad_(False)
except RuntimeError as e:
    print(e)
y.requires_grad_(True)
print(y.requires_grad)
z = torch.tensor([1.0])
z.requires_grad = True
print(z.is_leaf, z.requires_grad)
