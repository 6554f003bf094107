import torch
x = torch.tensor([[0., 1., 2.], [2., 1., 0.], [1., 3., 2.]], requires_grad=True)
print(torch.cov(x), x.cov(correction=0), torch.cov(x).grad_fn)
print(torch.corrcoef(x), torch.corrcoef(x).grad_fn)
print(torch.cov(torch.tensor([1., 2., 4.])), torch.corrcoef(torch.tensor([1., 2., 4.])), torch.cov(torch.tensor([[1, 2], [3, 7]])))
print(torch.cov(torch.tensor([[1., 2.]]), correction=2))
(torch.cov(x).sum() + torch.corrcoef(x)[0, 1]).backward()
print(x.grad)
r = torch.randn(4, 30)
print(torch.corrcoef(r), torch.cov(r).diagonal())
try:
    torch.cov(torch.zeros(2, 2, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
