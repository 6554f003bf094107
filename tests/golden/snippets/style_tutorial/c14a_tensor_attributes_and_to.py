# Tensors tutorial: what a tensor carries (shape, dtype, device, layout), converting with .to and the dtype helpers.
import torch

torch.manual_seed(1402)
grid = torch.rand(3, 4)
print("shape:", grid.shape, "| dtype:", grid.dtype, "| device:", grid.device, "| layout:", grid.layout)
target = torch.device("cuda" if torch.cuda.is_available() else "cpu")
same = grid.to(target)
print(same is grid, target, target.type)
half = grid.to(torch.float16)
print(half, half.element_size(), grid.element_size())
ints = grid.mul(10).to(torch.int64)
print(ints, ints.dtype, ints.is_floating_point())
print(torch.is_tensor(ints), ints.numel(), ints.dim(), ints.nbytes)
print(grid.to(torch.float64).sum(), grid.sum(dtype=torch.float64))
print(grid.double().mean().item(), grid.mean().item())
print(grid.to(ints).dtype, grid.to("cpu", torch.int32).dtype, grid.type())
print(grid.size(1), grid.ndim, len(grid), grid.stride())
