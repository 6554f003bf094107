# Sums over reduced dims split by kept ones, and over strided slices, bit for bit.
import torch

torch.manual_seed(0)
for shape, dims in [((3, 3, 20), (0, 2)), ((2, 5, 3, 40), (0, 3)), ((2, 3, 4, 9), (0, 2, 3)), ((8, 3, 16, 16), (0, 2, 3))]:
    x = torch.randn(shape)
    print([float(v).hex() for v in x.sum(dims).tolist()], float(x.mean(dims)[0]).hex(), float(x.var(dims)[-1]).hex())
b = torch.randn(3, 3, 5, 4)
for c in range(3):
    v = b[:, c]
    print(float(v.sum()).hex(), float(v.mean()).hex(), float(v.std()).hex())
print([float(t).hex() for t in b[::2].sum(dim=(0, -1)).reshape(-1).tolist()])
