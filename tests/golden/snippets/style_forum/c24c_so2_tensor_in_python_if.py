# Q: comparing tensors and python containers
import torch

x = torch.tensor([1, 2, 3])
print(2 in x, 5 in x)
print(x.tolist() == [1, 2, 3], torch.equal(x, torch.tensor([1, 2, 3])))
print(x == torch.tensor([1, 0, 3]))
try:
    print(x == torch.tensor([1, 2]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(max(x), sorted(torch.tensor([3, 1, 2]).tolist()))
