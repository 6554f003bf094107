import torch

torch.set_default_dtype(torch.float64)
# Inner problem: w*(lam) = argmin ||Xw - y||^2 + lam ||w||^2, closed form, differentiate through solve
X = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]])
y = torch.tensor([1.0, 2.0, 2.0])
Xv = torch.tensor([[2.0, 1.0]])
yv = torch.tensor([1.5])
lam = torch.tensor(0.5, requires_grad=True)
A = X.T @ X + lam * torch.eye(2)
w = torch.linalg.solve(A, X.T @ y)
val = ((Xv @ w - yv) ** 2).sum()
val.backward()
print(w.grad_fn.name(), round(w[0].item(), 4), round(w[1].item(), 4))
print(round(val.item(), 4), round(lam.grad.item(), 4))
