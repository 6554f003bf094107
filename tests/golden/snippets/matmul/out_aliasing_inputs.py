# out= that is also an input of a matrix product (or a sum): what PyTorch's kernels leave there.
import torch


def square():
    return torch.tensor([[1.0, 2.0], [3.0, 4.0]])


m = square()
torch.mm(m, m, out=m)
print("mm out=m", m)
m = square()
torch.matmul(torch.tensor([[0.0, 1.0], [1.0, 0.0]]), m, out=m)
print("matmul out=second", m)
m = square()
torch.addmm(m, m, torch.ones(2, 2), out=m)
print("addmm out=input", m)
m = square()
torch.addmm(torch.ones(2, 2), m, torch.ones(2, 2), out=m)
print("addmm out=mat1", m)
v = torch.tensor([1.0, 2.0])
print("mv out=v", torch.mv(square(), v, out=v))
b = torch.arange(8.0).reshape(2, 2, 2)
print("bmm out=b", torch.bmm(b, b, out=b))
a = square()
print("sum out=a[0]", torch.sum(a, 0, out=a[0]), a)
a = torch.tensor([1.0, 2.0, 3.0])
print("add out=a", torch.add(a, a, out=a), torch.mul(a, a, out=a))
