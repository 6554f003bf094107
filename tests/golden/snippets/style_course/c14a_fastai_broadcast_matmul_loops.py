# fast.ai part 2 shape: a row-times-matrix product built up from a dot-product helper, then a broadcast
# over a new axis, then einsum, each timed against @ by its largest difference.
import torch

torch.manual_seed(1484)
lhs = torch.randn(6, 4)
rhs = torch.randn(4, 2)


def dot(u, v):
    return (u * v).sum()


by_dots = torch.stack([torch.stack([dot(row, col) for col in rhs.T]) for row in lhs])
by_axis = (lhs.unsqueeze(-1) * rhs.unsqueeze(0)).sum(dim=1)
by_einsum = torch.einsum('rk,kc->rc', lhs, rhs)
ref = lhs @ rhs
for name, got in (("dots", by_dots), ("axis", by_axis), ("einsum", by_einsum)):
    print(name, got.shape, torch.allclose(got, ref, atol=1e-6), (got - ref).abs().max().item() < 1e-5)
print(by_dots[0], ref[0])
print(lhs.unsqueeze(-1).shape, rhs.unsqueeze(0).shape, (lhs.unsqueeze(-1) * rhs.unsqueeze(0)).stride())
