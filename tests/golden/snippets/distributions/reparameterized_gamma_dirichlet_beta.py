# rsample through gamma draws: Gamma's concentration and rate, Dirichlet's _DirichletBackward, Beta's
# select, Chi2 and StudentT on top of them; the approximation's branches (small draws, large alpha,
# the rational fit); float32 and float64; and the gradient of the gradient, which PyTorch refuses.
import torch
import torch.distributions as D

a = torch.tensor([0.5, 2.0, 9.0, 0.05, 30.0, 7.5], requires_grad=True)
rate = torch.tensor(1.5, requires_grad=True)
torch.manual_seed(0)
s = D.Gamma(a, rate).rsample((3,))
s.sum().backward()
print(s, s.grad_fn, s._version, a.grad, rate.grad, sep="\n")
for dt in (torch.float32, torch.float64):
    c = torch.tensor([0.3, 0.7, 1.5, 3.0, 8.5, 9.0, 12.0, 50.0, 200.0], dtype=dt).repeat(2).requires_grad_()
    torch.manual_seed(1)
    d = D.Gamma(c, 1.0).rsample()
    d.sum().backward()
    print(d, c.grad, sep="\n")
torch.manual_seed(2)
conc = torch.tensor([[0.4, 1.0, 3.0], [7.0, 8.0, 0.2], [20.0, 30.0, 12.0]], requires_grad=True)
y = D.Dirichlet(conc).rsample((2,))
(y * torch.arange(3.0)).sum().backward()
print(y, y.grad_fn, conc.grad, sep="\n")
b1 = torch.tensor([0.5, 2.0, 10.0, 0.1], requires_grad=True)
b0 = torch.tensor([3.0, 0.7, 9.0, 0.2], requires_grad=True)
torch.manual_seed(4)
bs = D.Beta(b1, b0).rsample((3,))
bs.sum().backward()
print(bs, bs.grad_fn, b1.grad, b0.grad, sep="\n")
df = torch.tensor([3.0, 10.0], requires_grad=True)
torch.manual_seed(5)
st = D.StudentT(df).rsample((2,))
st.sum().backward()
print(st.grad_fn, df.grad, D.Chi2(torch.tensor([4.0], requires_grad=True)).rsample().grad_fn)
c2 = torch.tensor([2.0], requires_grad=True)
torch.manual_seed(6)
gr, = torch.autograd.grad(D.Gamma(c2, 1.0).rsample().sum(), c2, create_graph=True)
print(gr, gr.grad_fn, gr.grad_fn.next_functions[1][0].name())
try:
    gr.sum().backward()
except NotImplementedError as e:
    print("NotImplementedError", e)
