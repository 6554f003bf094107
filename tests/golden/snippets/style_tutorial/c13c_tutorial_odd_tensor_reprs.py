import torch

shapes = [(0,), (0, 3), (2, 0, 4), (), (1,), (1, 1, 1)]
for shape in shapes:
    t = torch.full(shape, 2.5) if shape else torch.tensor(2.5)
    print(shape, "->", t, "| numel", t.numel(), "| dim", t.dim())
flags = torch.tensor([[True, False], [False, True]])
print(flags, flags.dtype, flags.sum(), flags.any(dim=0))
print(torch.empty(3, 0).mean(dim=1))
print(torch.empty(0, 2).max(dim=1))
print(torch.zeros(0, dtype=torch.complex64))
print(torch.tensor(-0.0), torch.tensor([-0.0, 0.0]))
print(torch.tensor([[5]]).squeeze(), torch.tensor([[5]]).squeeze().shape)
