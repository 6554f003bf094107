# torch.tensordot, outer, kron, cross, dot, vdot, inner
import torch

a = torch.arange(60.).reshape(3, 4, 5)
b = torch.arange(24.).reshape(4, 3, 2)
print(torch.tensordot(a, b, dims=([1, 0], [0, 1])))
print(torch.tensordot(torch.arange(6.).reshape(2, 3), torch.arange(6.).reshape(3, 2), dims=1))
v1 = torch.arange(1., 5.)
v2 = torch.arange(1., 4.)
print(torch.outer(v1, v2))
print(torch.kron(torch.eye(2), torch.ones(2, 2)))
print(torch.cross(torch.tensor([[1., 0, 0]]), torch.tensor([[0., 1, 0]]), dim=1))
print(torch.dot(torch.tensor([2, 3]), torch.tensor([2, 1])))
print(torch.inner(torch.tensor([1., 2, 3]), torch.tensor([0., 2, 1])))
