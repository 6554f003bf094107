import torch
torch.manual_seed(0)
A = torch.tensor([[4.0, 1.0], [1.0, 3.0]], requires_grad=True)
b = torch.tensor([[1.0], [2.0]])
r = torch.linalg.inv_ex(A)
print(r)
print(r.inverse.grad_fn.name(), r.info.dtype, type(r).__name__)
s = torch.linalg.solve_ex(A, b)
print(s, s.result.grad_fn.name())
c = torch.linalg.cholesky_ex(A)
print(c, c.L.grad_fn.name())
try:
    torch.linalg.inv_ex(torch.zeros(2, 2), check_errors=True)
except Exception as e:
    print(type(e).__name__, e)
x = torch.randn(3, 4, requires_grad=True); y = torch.randn(3, 4)
v = torch.linalg.vecdot(x, y)
print(v, v.grad_fn.name(), torch.linalg.vecdot(x, y, dim=0))
v.sum().backward(); print(x.grad)
print(torch.linalg.diagonal(torch.arange(9.).reshape(3, 3)), torch.linalg.diagonal(torch.arange(24.).reshape(2, 3, 4), offset=1))
a2, b2, c2 = torch.randn(2, 3, requires_grad=True), torch.randn(3, 4), torch.randn(4, 5)
m = torch.linalg.multi_dot([a2, b2, c2])
print(m, m.grad_fn.name(), m.grad_fn.next_functions[0][0].name())
print(torch.linalg.multi_dot([torch.randn(3), torch.randn(3, 4), torch.randn(4)]))
print(torch.linalg.multi_dot((torch.randn(3), torch.randn(3))))
m.sum().backward(); print(a2.grad)
try:
    torch.linalg.multi_dot([a2])
except Exception as e:
    print(type(e).__name__, e)
print(torch.linalg.inv_ex(torch.eye(2).expand(3, 2, 2)).info)
for fn, args in ((torch.linalg.solve_ex, (torch.zeros(2, 2), torch.ones(2, 1))),
                 (torch.linalg.cholesky_ex, (torch.tensor([[1.0, 2.0], [2.0, 1.0]]),))):
    try:
        fn(*args, check_errors=True)
    except Exception as e:
        print(type(e).__name__, e)
