# Exercise: build a tensor from a generator, a list of tensors, and a nested list
import torch

print(torch.tensor(list(i * i for i in range(5))))
print(torch.tensor([x / 2 for x in range(4)]))
print(torch.stack([torch.tensor([1, 2]), torch.tensor([3, 4])]))
try:
    torch.tensor([[1, 2], [3]])
except ValueError as e:
    print("ValueError:", e)
print(torch.tensor([torch.tensor(1.5), torch.tensor(2.5)]))
