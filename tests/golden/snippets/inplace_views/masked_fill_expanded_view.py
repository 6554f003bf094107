import torch

# masked_fill_ and indexing assignments into an expanded view: PyTorch still writes (with a
# deprecation warning) where only the chosen places are written, and refuses a slice that overlaps.
x = torch.zeros(1, 3)
m = torch.tensor([[True, False, True], [False, False, False]])
x.expand(2, 3).masked_fill_(m, 1.0)
print(x)
x.expand(2, 3).masked_fill_(m, torch.tensor(4.0))
print(x)
x.expand(2, 3)[m] = 7.0
print(x)
x.expand(2, 3)[0, 1] = 9.0
print(x)
x.expand(2, 3)[torch.tensor([1]), torch.tensor([0])] = torch.tensor([5.0])
print(x)
try:
    x.expand(2, 3)[:, 1] = 2.0
except RuntimeError as e:
    print("RuntimeError", e)
print(x)
