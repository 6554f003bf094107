# In-place ops on complex tensors, writing complex values into real ones, norms and spreads, save/load.
import io
import torch

x = torch.tensor([1 + 2j, 3 - 4j])
x[0] = 5 + 1j
x[1] = 2
print(x)
x.mul_(2)
x += 1j
x.add_(x)
x.div_(2)
x.pow_(2)
x.neg_()
print(x)
x.fill_(1j)
print(x, x.zero_(), x.copy_(torch.tensor([7.0, 8.0])))
r = torch.tensor([1.0, 2.0])
try:
    r += torch.tensor([1j, 1j])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    r[0] = 1j
except RuntimeError as e:
    print("RuntimeError:", e)
r.copy_(torch.tensor([1 + 1j, 2]))
print(r)
y = torch.tensor([[1 + 2j, 3 - 4j], [0.5j, 2]])
print(y.norm(), torch.linalg.vector_norm(y, ord=1), torch.linalg.norm(y[0]), y.std(), y.var(dim=0), y.std(dim=1))
print(y.var(dim=0, keepdim=True), y.std(correction=0), y.sum(dtype=torch.complex128), y.mean(dtype=torch.complex128))
z = torch.tensor([[1 + 2j, 3 - 4j], [0.5j, 2]], requires_grad=True)
s = z.std(dim=1)
print(s)
s.sum().backward()
print(z.grad)
z.grad = None
n = z.norm()
n.backward()
print(n, z.grad)
buffer = io.BytesIO()
torch.save({"signal": y, "scale": torch.tensor(2.0)}, buffer)
buffer.seek(0)
print(torch.load(buffer))
print(y[torch.tensor([True, False])], y.masked_fill(torch.tensor([[True, False], [False, True]]), 0))
print(torch.diag(y[0]), y[0].unsqueeze(1) * y[0], y.index_select(0, torch.tensor([1, 0])), y.nonzero())
print(torch.tanh(y).abs(), y.exp(), y.log(), y.sqrt(), y.sin(), y.cos(), y.sigmoid(), y.reciprocal(), 1 / y)
