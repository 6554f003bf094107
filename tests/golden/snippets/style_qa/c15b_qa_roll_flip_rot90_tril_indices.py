# Q: shifting a sequence by one step, flipping, rotating, and the indices of a lower triangle.
import torch

seq = torch.arange(6)
print(torch.roll(seq, 1), torch.roll(seq, -2), seq.roll(shifts=2, dims=0))
m = torch.arange(6).reshape(2, 3)
print(torch.roll(m, shifts=(1, 1), dims=(0, 1)), torch.roll(m, 1))
print(m.flip(0, 1), torch.rot90(m), torch.rot90(m, k=-1))
print(torch.tril_indices(3, 3), torch.triu_indices(2, 3, offset=1))
rows, cols = torch.tril_indices(3, 3, offset=-1)
print(torch.arange(9).reshape(3, 3)[rows, cols])
