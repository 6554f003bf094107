# Quiz 19: gradient flows only to the max element
import torch

vals = torch.tensor([1.0, 5.0, 3.0, 5.0], requires_grad=True)
biggest = vals.max()
biggest.backward()
print(biggest, vals.grad)
vals.grad = None
values, idx = vals.max(dim=0)
values.backward()
print(values, idx, vals.grad)
