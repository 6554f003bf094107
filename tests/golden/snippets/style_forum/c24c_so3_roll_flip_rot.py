# Q: shifting and flipping tensors
import torch

x = torch.arange(6).reshape(2, 3)
print(torch.roll(x, 1), torch.roll(x, shifts=1, dims=1))
print(torch.flip(x, dims=[0, 1]), x.fliplr())
print(torch.rot90(x), torch.rot90(x, k=2))
try:
    torch.flip(x, dims=[2])
except IndexError as e:
    print("IndexError:", e)
