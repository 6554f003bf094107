import torch
import torch.nn.functional as F

seqs = [torch.tensor([3, 1]), torch.tensor([7, 7, 7, 2]), torch.tensor([5])]
L = max(len(s) for s in seqs)
batch = torch.stack([F.pad(s, (0, L - len(s)), value=-1) for s in seqs])
print(batch)
print(F.pad(torch.ones(2, 3), (1, 1)).shape, F.pad(torch.ones(2, 3), (0, 0, 2, 0)).shape)
try:
    F.pad(torch.ones(3), (1, 1, 1))
except Exception as e:
    print(type(e).__name__, e)
print(F.pad(torch.arange(4.0).view(1, 1, 4), (2, 2), mode="reflect"))
