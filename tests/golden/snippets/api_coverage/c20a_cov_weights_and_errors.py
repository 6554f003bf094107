# torch.cov with frequency and importance weights: values, dtypes, gradients and refusals
import torch

x = torch.tensor([[0., 2, 4], [1, 1, 0]], requires_grad=True)
w = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
c = torch.cov(x, fweights=torch.tensor([1, 2, 3]), aweights=w, correction=2)
print(c, c.grad_fn.name())
c.sum().backward()
print(x.grad, w.grad)
print(torch.cov(torch.tensor([1, 2, 4]), fweights=torch.tensor([1, 2, 3])))
print(torch.cov(torch.tensor([1., 2, 4], dtype=torch.float16), aweights=torch.tensor([0.1, 0.2, 0.3])))
print(torch.cov(x.detach(), fweights=torch.tensor([1, 0, 0])))
for kw in [dict(fweights=torch.tensor([1., 2, 3])), dict(fweights=torch.tensor([True, True, False])),
           dict(fweights=torch.tensor([[1, 2, 3]])), dict(fweights=torch.tensor([1, 2])),
           dict(fweights=torch.tensor([1, -2, 3])), dict(aweights=torch.tensor([1, 2, 3])),
           dict(aweights=torch.tensor([1., -2, 3])), dict(aweights=torch.tensor([0., 0, 0]))]:
    try:
        torch.cov(x.detach(), **kw)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    torch.cov(torch.tensor([True, False]))
except RuntimeError as e:
    print("RuntimeError:", e)
