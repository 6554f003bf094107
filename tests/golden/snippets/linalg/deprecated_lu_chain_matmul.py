# PyTorch 1.x calls from an old notebook: they still work, each warning once with the new call
import torch
A = torch.tensor([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]], requires_grad=True)
b = torch.tensor([[1.0], [2.0], [3.0]], requires_grad=True)
print(torch.chain_matmul(A, A, A))
print(torch.chain_matmul(A))
print(torch.chain_matmul(torch.ones(2, 3), torch.ones(3, 4), torch.ones(4, 1)).shape)
LU, pivots = torch.lu(A)
print(LU, pivots)
print(torch.lu(A.detach(), get_infos=True))
print(A.detach().lu())
x = torch.lu_solve(b, LU, pivots)
print(x)
x.sum().backward()
print(A.grad, b.grad)
print(b.lu_solve(*torch.lu(A)))
print(torch.lu(torch.zeros(2, 2), get_infos=True).info)
for bad in (lambda: torch.chain_matmul(), lambda: torch.chain_matmul(torch.ones(2), torch.ones(2))):
    try:
        bad()
    except RuntimeError as e:
        print(e)
