import torch

a = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
b = torch.tensor([[0., 1.], [1., 0.]])
print(torch.fliplr(a), torch.flipud(a), a.fliplr().grad_fn)
print(torch.kron(a, b))
k = torch.kron(torch.tensor([1, 2, 3]), torch.tensor([1, 10]))
print(k, k.dtype)
print(torch.kron(a, torch.ones(1, 2)).grad_fn)
c = torch.arange(24.).reshape(2, 3, 4)
d = torch.arange(12.).reshape(4, 3)
print(torch.tensordot(c, d, dims=1))
print(torch.tensordot(c, d, dims=([1, 2], [1, 0])))
print(torch.tensordot(a, b, dims=0).shape, torch.tensordot(a, b))
print(torch.outer(torch.tensor([1., 2.]), torch.tensor([3., 4., 5.])), torch.ger(torch.tensor([1, 2]), torch.tensor([3, 4])))
y = torch.kron(a, b).sum() + torch.tensordot(a, b, dims=1).pow(2).sum() + a.flipud()[0, 1]
y.backward()
print(a.grad)
for f in [lambda: torch.fliplr(torch.ones(3)), lambda: torch.flipud(torch.tensor(1.)), lambda: torch.tensordot(c, d, 2)]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
