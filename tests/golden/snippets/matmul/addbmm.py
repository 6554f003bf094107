import torch

torch.manual_seed(0)
i, a, b = torch.randn(3, 4), torch.randn(5, 3, 7), torch.randn(5, 7, 4)
print(torch.addbmm(i, a, b))
print(torch.addbmm(i, a, b, beta=0.5, alpha=1.5))
print(torch.addbmm(torch.zeros(4), a, b, beta=0))
print(i.addbmm(a, b).equal(torch.addbmm(i, a, b)))
x = i.clone().requires_grad_()
a.requires_grad_()
b.requires_grad_()
r = torch.addbmm(x, a, b, beta=0.5, alpha=1.5)
print(r.grad_fn, [type(f).__name__ for f, _ in r.grad_fn.next_functions])
r.sum().backward()
print(x.grad)
print(a.grad[0])
print(b.grad[1])
y = x.detach().clone().requires_grad_() * 1
y.addbmm_(a, b, alpha=2)
print(y.grad_fn.name(), y.shape)
m = torch.zeros(2, 2, requires_grad=True).clone()
print(m.addmm_(torch.ones(2, 3), torch.ones(3, 2), beta=0.5, alpha=2))
print(torch.zeros(2, requires_grad=True).clone().addmv_(torch.ones(2, 3), torch.ones(3)))
print(torch.zeros(2, 2, requires_grad=True).clone().addr_(torch.ones(2), torch.ones(2)))
print(torch.zeros(2, 2, 2, requires_grad=True).clone().baddbmm_(torch.ones(2, 2, 3), torch.ones(2, 3, 2)))
for args in ((torch.zeros(3, 2), torch.ones(4, 2, 3), torch.ones(4, 3, 2)),
             (torch.zeros(2, 2), torch.ones(4, 2, 3), torch.ones(3, 3, 2)),
             (torch.zeros(2, 2), torch.ones(4, 2, 3), torch.ones(4, 4, 2)),
             (torch.zeros(2, 2), torch.ones(4, 2, 3), torch.ones(4, 3, 2, dtype=torch.float64))):
    try:
        torch.addbmm(*args)
    except RuntimeError as e:
        print("RuntimeError:", e)
