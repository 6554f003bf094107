# Quiz D7: the gradient of std when all values are equal
import torch

flat = torch.full((3,), 2.0, requires_grad=True)
spread = flat.std()
spread.backward()
print(spread, flat.grad)
flat2 = torch.full((3,), 2.0, requires_grad=True)
flat2.var(correction=0).backward()
print(flat2.grad)
single = torch.tensor([1.0], requires_grad=True)
single.std().backward()
print(single.grad)
